using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MassarDalil.Content.Search;

/// <summary>
/// The index of one content version: a reader per language. Searches borrow it and the indexer
/// retires it when a newer one is ready; its readers close when the last borrower gives it back.
/// </summary>
internal sealed class SearchGeneration(long version, IReadOnlyDictionary<string, LanguageIndex> languages)
{
    private int _references = 1; // the index's own reference, given up by Retire

    public long Version { get; } = version;

    public LanguageIndex? For(string language) => languages.GetValueOrDefault(language);

    public bool TryBorrow()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current == 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public void GiveBack()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            foreach (var index in languages.Values)
            {
                index.Dispose();
            }
        }
    }

    public void Retire() => GiveBack();
}

/// <summary>One language's documents, the analyzer they were indexed with and its synonyms.</summary>
internal sealed class LanguageIndex(
    DirectoryReader reader, Analyzer analyzer, SynonymSet synonyms, Lucene.Net.Store.Directory directory, bool rightToLeft,
    IReadOnlyList<SearchEntry> entries, IReadOnlyList<ShownText> shown) : IDisposable
{
    /// <summary>
    /// Each Lucene document number's entry, read once from the doc values while the index is built. A
    /// <see cref="NumericDocValues"/> is not safe to share between threads (it reads through one file cursor), and
    /// concurrent searches read it at once: under load it gave wrong numbers and some searches a 500.
    /// </summary>
    private readonly int[] _entryOfDocument = EntryNumbers(reader);

    public bool RightToLeft { get; } = rightToLeft;
    public IndexSearcher Searcher { get; } = new(reader);
    public Analyzer Analyzer { get; } = analyzer;
    public SynonymSet Synonyms { get; } = synonyms;

    /// <summary>What a hit shows, by Lucene document number (which merges may reorder, hence the doc value).</summary>
    public SearchEntry Entry(int document) => entries[_entryOfDocument[document]];

    /// <summary>The same document's title and answer, analysed for highlighting.</summary>
    public ShownText Shown(int document) => shown[_entryOfDocument[document]];

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

    public void Dispose()
    {
        reader.Dispose();
        Analyzer.Dispose();
        directory.Dispose();
    }
}
