using System.Collections.Concurrent;
using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MassarDalil.Content.Search;

/// <summary>
/// One language's documents, the analyzers they were indexed and are searched with, and its synonyms. Held by every
/// generation it serves; its reader closes when the last of them lets go.
/// </summary>
internal sealed class LanguageIndex(
    IndexSource source, DirectoryReader reader, Analyzer analyzer, Analyzer queryAnalyzer, SynonymSet synonyms, Lucene.Net.Store.Directory directory,
    IReadOnlyList<ShownText> shown, FrozenSet<string> wholeTerms)
{
    private int _holders = 1; // the generation it was built for

    /// <summary>What it was built from: a newer generation whose language has the same source holds this one instead.</summary>
    public IndexSource Source { get; } = source;

    /// <summary>
    /// Each Lucene document number's entry, read once from the doc values while the index is built. A
    /// <see cref="NumericDocValues"/> is not safe to share between threads (it reads through one file cursor), and
    /// concurrent searches read it at once: under load it gave wrong numbers and some searches a 500.
    /// </summary>
    private readonly int[] _entryOfDocument = EntryNumbers(reader);

    /// <summary>Enough for the Latin words of a site's vocabulary and their usual misspellings; past it, the cache starts again.</summary>
    private const int MaxNearMisses = 1024;

    private readonly ConcurrentDictionary<string, Query[]> _nearMisses = new(StringComparer.Ordinal);

    public bool RightToLeft => Source.RightToLeft;

    /// <summary>The searched fields' terms with their postings' places, so a query's term and phrase clauses need no lookup.</summary>
    public TermStates Terms { get; } = new(reader, SearchFields.Weighted.Select(w => w.Field));

    public IndexSearcher Searcher => Terms.Searcher;
    public Analyzer Analyzer { get; } = analyzer;

    /// <summary>The same without the group terms the index adds (<see cref="PhraseTermFilter"/>): a query's own words.</summary>
    public Analyzer QueryAnalyzer { get; } = queryAnalyzer;
    public SynonymSet Synonyms { get; } = synonyms;

    /// <summary>
    /// A query for the questions that have <paramref name="words"/>, all of them and nothing else, as one of their
    /// search terms (<see cref="SearchFields.WholeTerm"/>); null when none has, which a set lookup tells without Lucene.
    /// </summary>
    public TermQuery? WholeTerm(IReadOnlyList<string> words)
    {
        if (words.Count < 2 || wholeTerms.Count == 0)
        {
            return null; // only terms of several words are kept whole
        }
        var whole = string.Join(' ', words);
        return wholeTerms.Contains(whole) ? new TermQuery(new Term(SearchFields.WholeTerm, whole)) { Boost = SearchFields.WholeTermBoost } : null;
    }

    /// <summary>What a hit shows, by Lucene document number (which merges may reorder, hence the doc value).</summary>
    public SearchEntry Entry(int document) => Source.Entries[_entryOfDocument[document]];

    /// <summary>The same document's title and answer, analysed for highlighting.</summary>
    public ShownText Shown(int document) => shown[_entryOfDocument[document]];

    /// <summary>
    /// For each of <see cref="SearchFields.Weighted"/>, its best words one typo away from <paramref name="word"/> (after its
    /// first letter, <see cref="SearchTokens.NearMissPrefix"/>), weighed
    /// as a typo in that field: Lucene's own <see cref="FuzzyQuery"/>, rewritten once per word and index. Rewriting
    /// builds Levenshtein automata, which was most of what an English search allocated (about 1 MB a query). Kept only
    /// when <paramref name="keep"/> says the query may be kept and the word is near the site's own words.
    /// </summary>
    public Query[] NearMisses(string word, bool keep)
    {
        if (_nearMisses.TryGetValue(word, out var cached))
        {
            return cached;
        }
        if (!Terms.NearMissCandidates.MayHave(word))
        {
            // What the rewrite gives when no term is one typo away: an empty query per field.
            return [.. SearchFields.Weighted.Select(_ => new BooleanQuery(disableCoord: true))];
        }
        var rewritten = SearchFields.Weighted
            .Select(w => Searcher.Rewrite(new FuzzyQuery(new Term(w.Field, word), maxEdits: 1, SearchTokens.NearMissPrefix) { Boost = w.Boost * SearchFields.FuzzyFactor }))
            .ToArray();
        if (!keep || rewritten.All(q => q is BooleanQuery { Clauses.Count: 0 }))
        {
            return rewritten;
        }
        if (_nearMisses.Count >= MaxNearMisses)
        {
            _nearMisses.Clear();
        }
        return _nearMisses.GetOrAdd(word, rewritten);
    }

    /// <summary>Whether <paramref name="word"/>'s near misses are held in memory (for the privacy tests).</summary>
    internal bool KeepsNearMissesOf(string word) => _nearMisses.ContainsKey(word);

    /// <summary>
    /// The best <paramref name="max"/> documents. Scored in document order: for a query of optional clauses only
    /// (one word), Lucene otherwise picks its out-of-order scorer, which allocates 2,048 buckets for every search.
    /// </summary>
    public TopDocs Top(Query query, int max)
    {
        var collector = TopScoreDocCollector.Create(max, docsScoredInOrder: true);
        Searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    private static int[] EntryNumbers(DirectoryReader reader)
    {
        var ordinals = MultiDocValues.GetNumericValues(reader, SearchFields.Ordinal);
        var numbers = new int[reader.MaxDoc];
        for (var document = 0; document < numbers.Length; document++)
        {
            numbers[document] = (int)ordinals.Get(document);
        }
        return numbers;
    }

    /// <summary>
    /// One more generation serves this index. Only called while a generation that holds it is borrowed, so the count
    /// is never 0 here.
    /// </summary>
    public void Hold() => Interlocked.Increment(ref _holders);

    public void Release()
    {
        if (Interlocked.Decrement(ref _holders) == 0)
        {
            Close();
        }
    }

    /// <summary>Whether its reader has closed (for the tests).</summary>
    internal bool Closed => Volatile.Read(ref _holders) == 0;

    private void Close()
    {
        reader.Dispose();
        Analyzer.Dispose();
        QueryAnalyzer.Dispose();
        directory.Dispose();
    }
}
