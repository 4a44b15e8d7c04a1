using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using MassarDalil.Content.Search;

namespace MassarDalil.Tests.Search;

/// <summary>
/// A Latin word skips Lucene's fuzzy rewrite only when that rewrite would find nothing, and then gets what the rewrite
/// gives: so skipping changes no result and no score.
/// </summary>
public class NearMissCandidatesTests
{
    private static readonly string[] Fields = ["question", "answer"];

    // ASCII words, one with an accent, one with a character outside the BMP (two UTF-16 units, one code point to Lucene).
    private const string Question = "reset password activation moutamadris 2024 massar";
    private const string Answer = "réinitialiser votre mot passe code9 grade\U0001F600x notes";

    [Fact]
    public void EveryWordTheRewriteFindsNearMissesForIsAMaybe()
    {
        using var directory = Index();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var candidates = new NearMissCandidates(new TermStates(reader, Fields).Words);

        var words = Variants().Concat(["qzxv", "qzxvw", "zzzz", "gradex", "gradeyx", "notez", "2025", "passwrod", "moutamadrsi"]).Distinct().ToList();
        var withNearMisses = 0;
        foreach (var word in words.Where(SearchTokens.IsLatinWord))
        {
            // Nothing found is an empty boolean query; one term found comes back as that term's query.
            var found = Fields.Any(field => searcher.Rewrite(new FuzzyQuery(new Term(field, word), maxEdits: 1, SearchTokens.NearMissPrefix)) is not BooleanQuery { Clauses.Count: 0 });
            if (found)
            {
                withNearMisses++;
                Assert.True(candidates.MayHave(word), $"'{word}' has near misses, but the candidates say none");
            }
        }
        Assert.True(withNearMisses > 50, $"only {withNearMisses} words with near misses: the check checked little");
        Assert.False(candidates.MayHave("qzxv"));
        Assert.False(candidates.MayHave("zzzzzz"));
        Assert.True(candidates.MayHave("gradeyx")); // one code point from «grade😀x»
    }

    [Fact]
    public void AWordWithoutNearMissesGetsWhatTheRewriteGives()
    {
        using var directory = Index();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        foreach (var field in Fields)
        {
            var rewritten = searcher.Rewrite(new FuzzyQuery(new Term(field, "qzxv"), maxEdits: 1) { Boost = 1.5f });
            Assert.Equal(new BooleanQuery(disableCoord: true), rewritten);
        }
    }

    /// <summary>Every single-edit variant of the index's Latin words: deletions, insertions, substitutions and swaps.</summary>
    private static IEnumerable<string> Variants()
    {
        foreach (var term in $"{Question} {Answer}".Split(' '))
        {
            for (var i = 0; i < term.Length; i++)
            {
                yield return term.Remove(i, 1);
                yield return term.Insert(i, "k");
                yield return string.Concat(term.AsSpan(0, i), "q", term.AsSpan(i + 1));
                if (i + 1 < term.Length)
                {
                    yield return string.Concat(term.AsSpan(0, i), term.AsSpan(i + 1, 1), term.AsSpan(i, 1), term.AsSpan(i + 2));
                }
            }
            yield return term + "s";
        }
    }

    private static RAMDirectory Index()
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, new WhitespaceAnalyzer(SearchAnalyzers.Version)));
        writer.AddDocument([new TextField("question", Question, Field.Store.NO), new TextField("answer", Answer, Field.Store.NO)]);
        writer.Commit();
        return directory;
    }
}
