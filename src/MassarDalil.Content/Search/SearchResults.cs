namespace MassarDalil.Content.Search;

/// <summary>What a search gives back: the hits, best first, or the reason it was not run.</summary>
public sealed record SearchResults(string Query, SearchProblem Problem, IReadOnlyList<SearchHit> Hits)
{
    public bool Found => Hits.Count > 0;

    /// <summary>
    /// No answer has most of the words, so these are the ones with some of them: shown as "closest answers", and
    /// counted for the editors as a search that found nothing.
    /// </summary>
    public bool Closest { get; init; }

    /// <summary>Found answers that have most of the words: what counts as answered.</summary>
    public bool Answered => Found && !Closest;

    public static SearchResults Refused(string query, SearchProblem problem) => new(query, problem, []);
}

/// <param name="Kind"><see cref="SearchHit.QuestionKind"/> or <see cref="SearchHit.PageKind"/>.</param>
/// <param name="Key">The question key, or the page's slug.</param>
/// <param name="Url">Site-relative: <c>/ar/faq#forgot-password</c> or <c>/ar/some-guide</c>.</param>
/// <param name="TitleHtml">The title, escaped, with matched words in &lt;mark&gt;.</param>
/// <param name="SnippetHtml">Part of the answer around the first match, escaped, with matches in &lt;mark&gt;.</param>
public sealed record SearchHit(
    string Kind, string Key, string Url, string Title, string TitleHtml, string SnippetHtml,
    string TopicKey, string TopicTitle, float Score)
{
    public const string QuestionKind = "question";
    public const string PageKind = "page";
}
