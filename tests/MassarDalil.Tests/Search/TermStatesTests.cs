using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using MassarDalil.Content.Search;

namespace MassarDalil.Tests.Search;

/// <summary>
/// A term clause weighed from the states read at build, and a phrase or near-miss clause searched through their reader,
/// score every document as the same clauses searched in the index itself.
/// </summary>
public class TermStatesTests
{
    private static readonly string[] Fields = ["question", "answer"];

    [Fact]
    public void TermClausesFromTheStatesScoreExactlyAsLookedUpOnes()
    {
        using var directory = TwoSegments();
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.Leaves.Count);
        var searcher = new IndexSearcher(reader);
        var states = new TermStates(reader, Fields);

        string[][] queries = [["password"], ["reset", "link"], ["expired"], ["absent", "password"], ["absent"]];
        foreach (var words in queries)
        {
            var looked = Query(words, (field, word, boost) => new TermQuery(new Term(field, word)) { Boost = boost });
            var read = Query(words, states.Query);

            var expected = Scores(searcher, looked);
            Assert.Equal(expected, Scores(states.Searcher, read));
            Assert.Equal(words.Contains("absent") && words.Length == 1, expected.Count == 0);
        }
    }

    [Theory]
    [InlineData(0, "password reset")] // in that order in the first segment's question only
    [InlineData(0, "reset password")]
    [InlineData(2, "reset password")]
    [InlineData(1, "new password")]
    [InlineData(2, "link expired")] // the second segment only
    [InlineData(2, "absent password")] // a word the index lacks: no match
    [InlineData(2, "the the")]
    public void PhrasesSearchedThroughTheStatesScoreExactlyAsInTheIndex(int slop, string phrase)
    {
        using var directory = TwoSegments();
        using var reader = DirectoryReader.Open(directory);
        var states = new TermStates(reader, Fields);
        var words = phrase.Split(' ');

        var expected = Scores(new IndexSearcher(reader), Phrases(words, slop));
        Assert.Equal(expected, Scores(states.Searcher, Phrases(words, slop)));
        Assert.Equal(words.Contains("absent"), expected.Count == 0);
    }

    [Fact]
    public void NearMissesFoundThroughTheStatesAreTheIndexsOwn()
    {
        using var directory = TwoSegments();
        using var reader = DirectoryReader.Open(directory);
        var states = new TermStates(reader, Fields);

        foreach (var word in new[] { "pasword", "rest", "linx", "zzzzz" })
        {
            var near = new FuzzyQuery(new Term("question", word), maxEdits: 1);
            var expected = new IndexSearcher(reader).Rewrite(near).ToString();
            Assert.Equal(expected, states.Searcher.Rewrite(near).ToString());
            Assert.Equal(word == "zzzzz", !expected.Contains("question:", StringComparison.Ordinal));
        }
    }

    private static RAMDirectory TwoSegments()
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(SearchAnalyzers.Version, new WhitespaceAnalyzer(SearchAnalyzers.Version))
        {
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            // Two segments, so a term found in only one of them is registered for that one alone.
            writer.AddDocument(Doc("reset password", "open the reset page and type a new password"));
            writer.AddDocument(Doc("change email", "the password stays the same"));
            writer.Commit();
            writer.AddDocument(Doc("password reset link expired", "ask for a new link"));
            writer.Commit();
        }
        return directory;
    }

    private static BooleanQuery Phrases(string[] words, int slop)
    {
        var either = new BooleanQuery();
        foreach (var field in Fields)
        {
            var phrase = new PhraseQuery { Slop = slop };
            foreach (var word in words)
            {
                phrase.Add(new Term(field, word));
            }
            either.Add(phrase, Occur.SHOULD);
        }
        return either;
    }

    private static Document Doc(string question, string answer) =>
        [new TextField("question", question, Field.Store.NO), new TextField("answer", answer, Field.Store.NO)];

    private static BooleanQuery Query(string[] words, Func<string, string, float, TermQuery> term)
    {
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(term("question", word, 3f), Occur.SHOULD);
            query.Add(term("answer", word, 1f), Occur.SHOULD);
        }
        return query;
    }

    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 10).ScoreDocs.Select(d => (d.Doc, d.Score))];
}
