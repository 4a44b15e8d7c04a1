using System.Collections.Frozen;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Search;

/// <summary>
/// Indexes a published snapshot in memory: every FAQ question (question, topic title, answer as
/// plain text) and every guide or tool page (title, description, body), one index per language.
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>
    /// The index of <paramref name="snapshot"/>. A language whose source is the same as in <paramref name="previous"/>
    /// (which the caller keeps borrowed until this returns) is carried over rather than indexed again: every publish
    /// rebuilds the index on every server, and most publishes change one language.
    /// </summary>
    public static SearchGeneration Build(
        PublishedSnapshot snapshot, IReadOnlyList<IReadOnlyList<string>> synonymGroups, SearchGeneration? previous = null)
    {
        var languages = new Dictionary<string, LanguageIndex>(StringComparer.Ordinal);
        var indexedAnew = 0;
        foreach (var site in snapshot.Sites)
        {
            var source = new IndexSource(site.Site.Culture, site.Site.IsRightToLeft, [.. Entries(site)], synonymGroups);
            if (previous?.For(site.Site.Key) is { } kept && kept.Source.SameAs(source))
            {
                kept.Hold();
                languages[site.Site.Key] = kept;
            }
            else
            {
                languages[site.Site.Key] = Index(source);
                indexedAnew++;
            }
        }
        return new SearchGeneration(snapshot.Version, languages, indexedAnew);
    }

    private static LanguageIndex Index(IndexSource source)
    {
        var keepWhole = source.SynonymGroups.SelectMany(g => g).Where(t => !t.Contains(' ', StringComparison.Ordinal)).ToList();
        SearchLexicon lexicon;
        using (var whole = SearchAnalyzers.For(source.Culture, keepWhole))
        using (var stemmed = SearchAnalyzers.For(source.Culture))
        {
            lexicon = SearchLexicon.Build(whole, stemmed, source.SynonymGroups);
        }
        var queries = SearchAnalyzers.For(source.Culture, keepWhole, lexicon);
        var synonyms = SynonymSet.Build(queries, source.SynonymGroups);
        var analyzer = SearchAnalyzers.For(source.Culture, keepWhole, lexicon, synonyms);
        var directory = new RAMDirectory();
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

    /// <summary>
    /// No compound file: its reader is a window on one shared input that every read locks, so concurrent searches
    /// queued on that lock (and copied every block once more); a RAM directory gains nothing from fewer files.
    /// </summary>
    private static IndexWriterConfig Config(Lucene.Net.Analysis.Analyzer analyzer) =>
        new(SearchAnalyzers.Version, analyzer) { UseCompoundFile = false, MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 } };

    private static IEnumerable<SearchEntry> Entries(PublishedSite site)
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
                        yield return new SearchEntry(SearchHit.QuestionKind, question.Key, $"/{language}/{page.Slug}#{question.Key}",
                            question.Question, question.AnswerText, topic.Key, topic.Title, question.SearchTerms);
                    }
                }
            }
            else if (page.Type is PageType.Guide or PageType.Tool)
            {
                yield return new SearchEntry(SearchHit.PageKind, page.Slug, $"/{language}/{page.Slug}",
                    page.Title, $"{page.Description}\n{page.BodyText}", "", "", []);
            }
        }
    }

    /// <summary>
    /// Each entry's search terms of several words read whole (<see cref="SearchFields.WholeTerm"/>), only those no other
    /// entry has. A term of one word, or one that is a synonym group's variant («mot de passe»), names a thing that
    /// several questions are about, not a question; nor does a term that several questions carry.
    /// </summary>
    private static HashSet<string>[] OwnWholeTerms(Lucene.Net.Analysis.Analyzer queries, SynonymSet synonyms, IReadOnlyList<SearchEntry> entries)
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

/// <summary>What a result shows of an indexed question or page.</summary>
internal sealed record SearchEntry(
    string Kind, string Key, string Url, string Title, string Text, string TopicKey, string TopicTitle, IReadOnlyList<string> Terms)
{
    /// <summary>Equal when every field is, the search terms compared one by one (a record compares lists by reference).</summary>
    public bool Equals(SearchEntry? other) =>
        other is not null && Kind == other.Kind && Key == other.Key && Url == other.Url && Title == other.Title && Text == other.Text
        && TopicKey == other.TopicKey && TopicTitle == other.TopicTitle && Terms.SequenceEqual(other.Terms, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Kind, Key, Url, Title, Text.Length, TopicKey, TopicTitle, Terms.Count);
}

/// <summary>What a result highlights, analysed when the index is built: the title, and the answer as its snippet reads it.</summary>
internal sealed record ShownText(AnalyzedText Title, AnalyzedText Answer);
