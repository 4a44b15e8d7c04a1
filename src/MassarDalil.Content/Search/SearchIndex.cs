using System.Collections.ObjectModel;

namespace MassarDalil.Content.Search;

/// <summary>
/// Searches the published questions and pages of one language. Always answers from the newest
/// complete index; a rebuild (see <see cref="SearchIndexer"/>) swaps in a new one when it is ready,
/// so a visitor never waits for indexing except in the first moments after start.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const int MaxResults = 20;

    private readonly TaskCompletionSource _firstReady = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstSearch = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SearchGeneration? _current;

    /// <summary>The content version the index was built from; null before the first build.</summary>
    public long? Version => Volatile.Read(ref _current)?.Version;

    /// <summary>
    /// The languages whose content the current index could not take in, with why (also logged): each answers from the
    /// index before, if it had one, until a rebuild succeeds.
    /// </summary>
    public IReadOnlyDictionary<string, Exception> Failures =>
        Volatile.Read(ref _current)?.Failures ?? ReadOnlyDictionary<string, Exception>.Empty;

    /// <summary>Done when something first searches, or asks for the index with <see cref="StartBuilding"/>.</summary>
    internal Task FirstSearch => _firstSearch.Task;

    /// <summary>
    /// Starts the first build now if it is waiting (for the first page after start, or for the first search where
    /// <see cref="SearchIndexOptions.BuildOnFirstSearch"/> is set), for whoever waits for <see cref="Version"/>;
    /// otherwise it changes nothing.
    /// </summary>
    public void StartBuilding() => _firstSearch.TrySetResult();

    public async ValueTask<SearchResults> SearchAsync(string language, string? text, int max = MaxResults, CancellationToken cancellationToken = default)
    {
        var query = text?.Trim() ?? "";
        if (SearchQueryText.Check(query) is not SearchProblem.None and var problem)
        {
            return SearchResults.Refused(query, problem);
        }
        while (true)
        {
            var generation = Volatile.Read(ref _current);
            if (generation is null)
            {
                StartBuilding();
                await _firstReady.Task.WaitAsync(cancellationToken);
                continue;
            }
            if (!generation.TryBorrow())
            {
                continue; // retired between the read and the borrow: the next read sees its successor
            }
            try
            {
                return Search(generation, language, query, max);
            }
            finally
            {
                generation.GiveBack();
            }
        }
    }

    /// <summary>Whether the current index holds <paramref name="word"/>'s near misses in memory (for the privacy tests).</summary>
    internal bool KeepsNearMissesOf(string language, string word) =>
        Volatile.Read(ref _current)?.For(language)?.KeepsNearMissesOf(word) ?? false;

    /// <summary>The current generation, borrowed (give it back), or null before the first build and after disposal.</summary>
    internal SearchGeneration? BorrowCurrent() => Volatile.Read(ref _current) is { } generation && generation.TryBorrow() ? generation : null;

    internal void Replace(SearchGeneration generation)
    {
        Interlocked.Exchange(ref _current, generation)?.Retire();
        _firstReady.TrySetResult();
    }

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Retire();

    private static SearchResults Search(SearchGeneration generation, string language, string query, int max)
    {
        if (generation.For(language) is not { } index)
        {
            // Never indexed: saying nothing was found would mislead the visitor, and count a miss for the editors.
            return SearchResults.Refused(query, SearchProblem.Unavailable);
        }
        var tokens = SearchTokens.Analyze(index.QueryAnalyzer, query).Take(SearchQueryText.MaxWords).ToList();
        var words = tokens.ConvertAll(t => t.Term);
        if (words.Count == 0)
        {
            return new SearchResults(query, SearchProblem.None, []); // only stop words ("the", "في")
        }
        // Near misses of a query that could be someone's password, code, e-mail or phone are never kept.
        var keep = SearchPrivacy.MayRecord(query);
        var joined = JoinedWords.In(query, tokens, index);
        var (luceneQuery, matches) = SearchQueryBuilder.Build(words, joined, index, keep, strict: true);
        var top = index.Top(luceneQuery, max);
        var closest = false;
        if (top.TotalHits == 0 && words.Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            // Not enough of the words together anywhere: the answers that have some of them, said to be only close.
            (luceneQuery, matches) = SearchQueryBuilder.Build(words, joined, index, keep, strict: false);
            top = index.Top(luceneQuery, max);
            closest = top.TotalHits > 0;
        }
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var scored in top.ScoreDocs)
        {
            var entry = index.Entry(scored.Doc);
            var shown = index.Shown(scored.Doc);
            var marked = matches.For(shown.Title, shown.Answer);
            hits.Add(new SearchHit(
                entry.Kind, entry.Key, entry.Url, entry.Title,
                SearchHighlighter.Html(shown.Title, marked, index.RightToLeft),
                SearchHighlighter.Snippet(shown.Answer, marked, index.RightToLeft),
                entry.TopicKey, entry.TopicTitle, scored.Score));
        }
        return new SearchResults(query, SearchProblem.None, hits) { Closest = closest };
    }
}
