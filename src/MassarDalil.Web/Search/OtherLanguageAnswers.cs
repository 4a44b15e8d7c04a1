using MassarDalil.Content.Published;
using MassarDalil.Content.Search;

namespace MassarDalil.Web.Search;

/// <summary>
/// A query this language does not answer (nothing, or only the closest answers) is tried on the other sites: people
/// type French on the Arabic site and Arabic on the English one. What another site answers is offered, in its language.
/// </summary>
public static class OtherLanguageAnswers
{
    /// <summary>The most answers offered from each other language.</summary>
    public const int PerLanguage = 3;

    public static async Task<IReadOnlyList<OtherLanguageAnswer>> FindAsync(
        SearchIndex index, PublishedSnapshot snapshot, string language, SearchResults here, CancellationToken cancellationToken)
    {
        if (here.Answered || here.Problem != SearchProblem.None)
        {
            return [];
        }
        var offers = new List<OtherLanguageAnswer>();
        foreach (var other in snapshot.Sites.Where(s => s.Site.Key != language))
        {
            var there = await index.SearchAsync(other.Site.Key, here.Query, PerLanguage, cancellationToken);
            if (there.Answered)
            {
                offers.Add(new OtherLanguageAnswer(other.Site.Key, other.Site.Dir, other.Texts["language.name"],
                    there.Hits.Select(h => new OtherLanguageHit(h.Url, h.Title)).ToList()));
            }
        }
        return offers;
    }
}

/// <param name="Name">The language's name in itself (العربية, Français), as its site's language switch shows it.</param>
public sealed record OtherLanguageAnswer(string Language, string Direction, string Name, IReadOnlyList<OtherLanguageHit> Hits);

public sealed record OtherLanguageHit(string Url, string Title);
