using MassarDalil.Content.Published;
using MassarDalil.Content.SiteTexts;

namespace MassarDalil.Web.Feedback;

/// <summary>The feedback endpoint's words: the site's published texts, from the snapshot in memory.</summary>
internal static class FeedbackWords
{
    /// <summary>The texts of <paramref name="language"/>'s site, or of the default site for an unknown language.</summary>
    public static async Task<SiteTextSet> ForAsync(PublishedContent content, string language, CancellationToken cancellationToken)
    {
        var snapshot = await content.GetAsync(cancellationToken);
        return (snapshot.Find(language) ?? snapshot.Default)?.Texts ?? SiteTextSet.Empty;
    }
}
