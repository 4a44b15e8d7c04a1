using MassarDalil.Content.Published;
using MassarDalil.Web.Feedback;

namespace MassarDalil.Web.Caching;

/// <summary>
/// The only query a cached page reads: after a vote without JavaScript the page comes back as <c>?thanks=key</c> or
/// <c>?why=key</c> (<see cref="FeedbackView.StepFor"/>). Only the key of one of the site's questions changes what the
/// page shows, so only such a key has an entry of its own; <c>?thanks=</c> anything else is the page as it is.
/// </summary>
internal static class FeedbackQuery
{
    public static string? StepOf(HttpContext http, PublishedSnapshot snapshot)
    {
        var query = http.Request.Query;
        if (!http.Request.QueryString.HasValue || http.GetRouteValue("lang") is not string lang || snapshot.Find(lang)?.Faq is not { } faq)
        {
            return null;
        }
        foreach (var name in (ReadOnlySpan<string>)[FeedbackView.WhyQuery, FeedbackView.ThanksQuery])
        {
            if (query[name] is [{ } key] && faq.FindQuestion(key) is not null)
            {
                return $"{name}={key}";
            }
        }
        return null;
    }
}
