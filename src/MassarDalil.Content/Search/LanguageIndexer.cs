using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Search;

/// <summary>
/// Indexes one language: its questions and pages, analysed for its culture with the synonym groups. A service of its
/// own so that a rebuild can carry on without a language that fails (<see cref="SearchIndexBuilder"/>), and a test can
/// make one fail.
/// </summary>
internal class LanguageIndexer
{
    public static readonly LanguageIndexer Default = new();

    public virtual LanguageIndex Index(IndexSource source)
    {
        var keepWhole = source.SynonymGroups.SelectMany(g => g).Where(t => !t.Contains(' ', StringComparison.Ordinal)).ToList();
        SearchLexicon lexicon;
        using (var whole = SearchAnalyzers.For(source.Culture, keepWhole))
        using (var stemmed = SearchAnalyzers.For(source.Culture))
        {
            lexicon = SearchLexicon.Build(whole, stemmed, source.SynonymGroups);
        }
        Analyzer? queries = null;
        Analyzer? analyzer = null;
        RAMDirectory? directory = null;
        try
        {
            queries = SearchAnalyzers.For(source.Culture, keepWhole, lexicon);
            var synonyms = SynonymSet.Build(queries, source.SynonymGroups);
            analyzer = SearchAnalyzers.For(source.Culture, keepWhole, lexicon, synonyms);
            directory = new RAMDirectory();
            var terms = new Dictionary<string, string>(StringComparer.Ordinal);
            var entries = source.Entries;
            var wholeTerms = OwnWholeTerms(queries, synonyms, entries);
            var shown = entries.Select(e => new ShownText(AnalyzedText.Of(analyzer, e.Title, terms),
                AnalyzedText.Of(analyzer, Spaces.Collapse(e.Text), terms))).ToArray();
            using (var writer = new IndexWriter(directory, Config(analyzer)))
            {
                for (var ordinal = 0; ordinal < entries.Count; ordinal++)
                {
                    writer.AddDocument(Document(entries[ordinal], wholeTerms[ordinal], ordinal));
                }
                writer.Commit();
            }
            return new LanguageIndex(source, DirectoryReader.Open(directory), analyzer, queries, synonyms, directory, shown,
                wholeTerms.SelectMany(t => t).ToFrozenSet(StringComparer.Ordinal));
        }
        catch
        {
            // A language that fails is left out of the rebuild; what it had made would otherwise wait for the finalizer.
            analyzer?.Dispose();
            queries?.Dispose();
            directory?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// No compound file: its reader is a window on one shared input that every read locks, so concurrent searches
    /// queued on that lock (and copied every block once more); a RAM directory gains nothing from fewer files.
    /// </summary>
    private static IndexWriterConfig Config(Analyzer analyzer) =>
        new(SearchAnalyzers.Version, analyzer) { UseCompoundFile = false, MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 } };

    /// <summary>
    /// Each entry's search terms of several words read whole (<see cref="SearchFields.WholeTerm"/>), only those no other
    /// entry has. A term of one word, or one that is a synonym group's variant («mot de passe»), names a thing that
    /// several questions are about, not a question; nor does a term that several questions carry.
    /// </summary>
    private static HashSet<string>[] OwnWholeTerms(Analyzer queries, SynonymSet synonyms, IReadOnlyList<SearchEntry> entries)
    {
        var terms = entries.Select(e => e.Terms.Select(t => SearchTokens.Terms(queries, t))
            .Where(words => words.Length > 1 && !synonyms.Expand(words).Any(m => m.Length == words.Length))
            .Select(words => string.Join(' ', words)).ToHashSet(StringComparer.Ordinal)).ToArray();
        var shared = terms.SelectMany(t => t).GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Skip(1).Any()).Select(g => g.Key).ToList();
        foreach (var own in terms)
        {
            own.ExceptWith(shared);
        }
        return terms;
    }

    /// <summary>
    /// Only what is searched is indexed; what a result shows is read from <see cref="LanguageIndex.Entry"/> by the
    /// ordinal kept as a doc value. Stored fields cost an LZ4 decompression of a 16 KB block for every hit:
    /// a third of a search's time in the profile.
    /// </summary>
    private static Document Document(SearchEntry entry, IEnumerable<string> wholeTerms, int ordinal)
    {
        var document = new Document
        {
            new NumericDocValuesField(SearchFields.Ordinal, ordinal),
            new TextField(SearchFields.Question, entry.Title, Field.Store.NO),
            new TextField(SearchFields.Topic, entry.TopicTitle, Field.Store.NO),
            new TextField(SearchFields.Answer, entry.Text, Field.Store.NO),
        };
        // One value per term: the analyzers' position gap keeps a phrase from running from one term into the next.
        foreach (var term in entry.Terms)
        {
            document.Add(new TextField(SearchFields.Terms, term, Field.Store.NO));
        }
        foreach (var term in wholeTerms)
        {
            document.Add(new StringField(SearchFields.WholeTerm, term, Field.Store.NO));
        }
        return document;
    }
}
