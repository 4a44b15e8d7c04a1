using System.ComponentModel;
using MassarDalil.Content.Published;
using MassarDalil.Content.Search;
using MassarDalil.Web.PublicSite;
using MassarDalil.Web.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MassarDalil.Web.Api;

/// <summary>
/// Search over published content for other programs: the same index and rules as the site's own
/// search, with matches as plain text and as safe HTML. It does not count searches that found
/// nothing: that list is for what visitors, not programs, failed to find.
/// </summary>
internal static class SearchEndpoint
{
    public static async Task<Results<Ok<ApiSearchResults>, ProblemHttpResult>> Search(
        string lang, string? q, HttpContext http, PublishedContent content, SearchIndex index)
    {
        var snapshot = await content.GetAsync(http.RequestAborted);
        if (ContentEndpoints.FindSite(snapshot, lang) is null)
        {
            return ContentEndpoints.NoSuchSite(lang);
        }
        // The answer holds what was typed: no cache keeps it, as search.json.
        http.Response.Headers.CacheControl = "no-store";
        var results = await index.SearchAsync(lang, q, cancellationToken: http.RequestAborted);
        if (Explain(results.Problem, lang) is { } problem)
        {
            // The English for a person, and the code for a program to act on.
            return TypedResults.Problem(detail: problem, statusCode: SearchWords.StatusOf(results.Problem),
                extensions: new Dictionary<string, object?> { ["code"] = results.Problem.ToString() });
        }
        return TypedResults.Ok(new ApiSearchResults(lang, results.Query, results.Closest, results.Hits
            .Select(h => new ApiSearchHit(h.Kind, h.Key, UrlOf(h, lang), h.Title, h.TitleHtml, h.SnippetHtml, h.TopicKey, h.TopicTitle))
            .ToList()));
    }

    /// <summary>
    /// A question's own page, as the site links it, not the FAQ's anchor the site's search page uses to open it in
    /// place: a program shows or shares one question, and the anchor led to a whole FAQ (found by an outside probe).
    /// </summary>
    private static string UrlOf(SearchHit hit, string lang) =>
        hit.Kind == SearchHit.QuestionKind ? PublicUrls.Question(lang, hit.Key) : hit.Url;

    private static string? Explain(SearchProblem problem, string lang) => problem switch
    {
        SearchProblem.Empty => "Give the words to look for in q, for example ?q=password.",
        SearchProblem.TooLong => $"The query is longer than {SearchQueryText.MaxLength} characters.",
        SearchProblem.NoWords => "The query has no letters or digits to look for.",
        SearchProblem.Unavailable => $"Search in '{lang}' is not available: its index could not be built. The other languages' search still answers.",
        _ => null,
    };
}

/// <param name="Query">The query as it was searched (trimmed).</param>
public sealed record ApiSearchResults(
    string Site,
    string Query,
    [property: Description("True when no result has most of the query's words: these are only the closest answers, holding some of them. " +
        "The site shows them under \"no exact match\" and counts the search as one that found nothing.")]
    bool Closest,
    IReadOnlyList<ApiSearchHit> Results);

/// <param name="Kind"><c>question</c> or <c>page</c>.</param>
/// <param name="TitleHtml">The title, HTML-escaped, with matched words in &lt;mark&gt;.</param>
/// <param name="SnippetHtml">Part of the answer around the first match, escaped, with matches in &lt;mark&gt;.</param>
public sealed record ApiSearchHit(
    string Kind,
    string Key,
    [property: Description("Site-relative: a question's own page (/ar/faq/forgot-password), or a page's address (/ar/some-guide).")]
    string Url,
    string Title, string TitleHtml, string SnippetHtml, string TopicKey, string TopicTitle);
