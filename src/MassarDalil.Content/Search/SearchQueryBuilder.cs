using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MassarDalil.Content.Search;

/// <summary>
/// Turns the analyzed words of a query into a Lucene query: any word may match (documents matching
/// more words rank higher), in the question, topic or answer; each group synonym of a word counts as
/// the word; Latin words also match with one typo; the words together as a phrase add weight.
/// Built by hand rather than by the classic query parser, so nothing a visitor types is syntax.
/// </summary>
internal static class SearchQueryBuilder
{
    public static (Query Query, SearchMatches Matches) Build(IReadOnlyList<string> words, SynonymSet synonyms)
    {
        var matches = new SearchMatches();
        var root = new BooleanQuery();
        var perWord = words.Select(_ => new BooleanQuery()).ToArray();
        for (var i = 0; i < words.Count; i++)
        {
            AddWord(perWord[i], words[i], matches, fuzzy: true);
        }
        foreach (var synonym in synonyms.Expand(words))
        {
            matches.Add(synonym.Alternative);
            if (synonym.Length == 1 && synonym.Alternative.Length == 1)
            {
                AddWord(perWord[synonym.Start], synonym.Alternative[0], matches, fuzzy: false);
            }
            else
            {
                // A term of several words stands for all of them: "mot de passe" finds "password" first.
                var alternative = Phrase(synonym.Alternative, slop: 0);
                alternative.Boost = synonym.Length;
                root.Add(alternative, Occur.SHOULD);
            }
        }
        foreach (var clause in perWord.DistinctBy(q => q.ToString()))
        {
            root.Add(clause, Occur.SHOULD);
        }
        if (words.Count > 1)
        {
            root.Add(Phrase(words, slop: 2), Occur.SHOULD);
        }
        return (root, matches);
    }

    private static void AddWord(BooleanQuery query, string word, SearchMatches matches, bool fuzzy)
    {
        matches.Add([word]);
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            query.Add(new TermQuery(new Term(field, word)) { Boost = boost }, Occur.SHOULD);
        }
        if (fuzzy && SearchTokens.IsLatinWord(word))
        {
            matches.AddFuzzy(word);
            foreach (var (field, boost) in SearchFields.Weighted)
            {
                query.Add(new FuzzyQuery(new Term(field, word), maxEdits: 1) { Boost = boost * SearchFields.FuzzyFactor }, Occur.SHOULD);
            }
        }
    }

    private static BooleanQuery Phrase(IReadOnlyList<string> words, int slop)
    {
        var either = new BooleanQuery();
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            var phrase = new PhraseQuery { Slop = slop, Boost = boost };
            foreach (var word in words)
            {
                phrase.Add(new Term(field, word));
            }
            either.Add(phrase, Occur.SHOULD);
        }
        return either;
    }
}

/// <summary>The analyzed words a result may be highlighted for: the query's, their synonyms', and near misses of Latin words.</summary>
internal sealed class SearchMatches
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly List<string> _fuzzy = [];

    public void Add(IEnumerable<string> words) => _words.UnionWith(words);

    public void AddFuzzy(string word) => _fuzzy.Add(word);

    public bool Matches(string term) =>
        _words.Contains(term) || (SearchTokens.IsLatinWord(term) && _fuzzy.Any(f => SearchTokens.WithinOneEdit(f, term)));
}
