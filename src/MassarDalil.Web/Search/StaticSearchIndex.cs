using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Search;
using MassarDalil.Content.SiteTexts;

namespace MassarDalil.Web.Search;

/// <summary>
/// <c>/{lang}/search-index.json</c>, mapped only for the static export: the same questions and guides the
/// server's search indexes, as plain text, for search.js to search in the browser where no server runs.
/// Small enough to fetch whole (the seed's FAQ is about 20 KB a language).
/// </summary>
internal static class StaticSearchIndex
{
    /// <summary>Where the query goes in a summary; search.js puts it in as text.</summary>
    public const string QueryPlaceholder = "{q}";

    public static async Task<IResult> GetAsync(string lang, PublishedContent content, HttpContext context)
    {
        var snapshot = await content.GetAsync(context.RequestAborted);
        if (snapshot.Find(lang) is not { } site || site.Site.Key != lang)
        {
            return Results.NotFound();
        }
        var words = site.Texts;
        // summaries[n] says "n results for {q}"; summaries[0] that nothing was found. As many as the server shows.
        var summaries = Enumerable.Range(0, SearchIndex.MaxResults + 1)
            .Select(n => n == 0 ? words.Format("results.none", QueryPlaceholder) : SearchWords.ResultsFor(words, n, QueryPlaceholder)).ToList();
        return Results.Ok(new StaticSearchJson(summaries, Entries(site, words).ToList()));
    }

    private static IEnumerable<StaticSearchEntry> Entries(PublishedSite site, SiteTextSet words)
    {
        var language = site.Site.Key;
        foreach (var page in site.Pages)
        {
            if (page.Type == PageType.Faq)
            {
                foreach (var topic in page.Topics)
                {
                    foreach (var question in topic.Questions)
                    {
                        yield return new StaticSearchEntry($"/{language}/{page.Slug}#{question.Key}", question.Question, topic.Title, question.AnswerText,
                            TermList.Join(question.SearchTerms));
                    }
                }
            }
            else if (page.Type is PageType.Guide or PageType.Tool)
            {
                yield return new StaticSearchEntry($"/{language}/{page.Slug}", page.Title, words["results.guide"],
                    $"{page.Description}\n{page.BodyText}", "");
            }
        }
    }
}

internal sealed record StaticSearchJson(IReadOnlyList<string> Summaries, IReadOnlyList<StaticSearchEntry> Entries);

/// <param name="Terms">The question's search terms, searched but never shown.</param>
internal sealed record StaticSearchEntry(string Url, string Title, string Topic, string Text, string Terms);
