using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using MassarDalil.Content.Search;

namespace MassarDalil.Tests.Search;

/// <summary>A term clause weighed from the states read at build scores every document as a clause that looks its term up.</summary>
public class TermStatesTests
{
    private static readonly string[] Fields = ["question", "answer"];

    [Fact]
    public void TermClausesFromTheStatesScoreExactlyAsLookedUpOnes()
    {
        using var directory = new RAMDirectory();
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
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.Leaves.Count);
        var searcher = new IndexSearcher(reader);
        var states = new TermStates(reader.Context, Fields);

        string[][] queries = [["password"], ["reset", "link"], ["expired"], ["absent", "password"], ["absent"]];
        foreach (var words in queries)
        {
            var looked = Query(words, (field, word, boost) => new TermQuery(new Term(field, word)) { Boost = boost });
            var read = Query(words, states.Query);

            var expected = Scores(searcher, looked);
            Assert.Equal(expected, Scores(searcher, read));
            Assert.Equal(words.Contains("absent") && words.Length == 1, expected.Count == 0);
        }
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
