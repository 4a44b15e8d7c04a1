using MassarDalil.Content.Search;
using MassarDalil.Content.SiteTexts;

namespace MassarDalil.Web.Search;

/// <summary>The search box's and the search page's sentences, made from the site's texts (<c>search.*</c>, <c>results.*</c>).</summary>
public static class SearchWords
{
    public static string? Problem(SiteTextSet texts, SearchProblem problem) => problem switch
    {
        SearchProblem.Empty => texts["search.empty"],
        SearchProblem.TooLong => texts.Format("search.too-long", SearchQueryText.MaxLength),
        SearchProblem.NoWords => texts["search.no-words"],
        SearchProblem.Unavailable => texts["search.unavailable"],
        _ => null,
    };

    /// <summary>A refused query is the visitor's to change (400); a language without an index is the site's fault (503).</summary>
    public static int StatusOf(SearchProblem problem) =>
        problem == SearchProblem.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;

    /// <summary>What the results line says: the count and the query, or that nothing was found.</summary>
    public static string Summary(SiteTextSet texts, SearchResults results) =>
        results.Closest ? texts.Format("results.closest", results.Query)
        : results.Found ? ResultsFor(texts, results.Hits.Count, results.Query)
        : texts.Format("results.none", results.Query);

    /// <summary>"3 results for “x”", in the counted form the language needs.</summary>
    public static string ResultsFor(SiteTextSet texts, int count, string query) => texts.Count("results", count, query);

    /// <summary>
    /// Where search.js looks as the visitor types: the server's <c>search.json?q=</c>, or in a static copy
    /// the language's whole index, <c>search-index.json</c>, fetched once and searched in the browser.
    /// </summary>
    public const string SettledMissPattern = "/{lang:alpha:length(2)}/search/settled-miss";

    /// <summary>Where search.js reports the query the box settled on when it found nothing; none in a static copy.</summary>
    public static string? SettledMissPath(string language, bool staticExport) => staticExport ? null : $"/{language}/search/settled-miss";

    public static string LiveSearchPath(string language, bool staticExport) =>
        staticExport ? $"/{language}/search-index.json" : $"/{language}/search.json";
}
