using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MassarDalil.Content.Search;

/// <summary>
/// Turns the analyzed words of a query into a Lucene query, in the question, the editors' search terms, the topic
/// or the answer. A synonym group's term counts as the words of the group variant found in the query (all the words
/// of "mot de passe"); a Latin word the index lacks also matches with one typo after its first letter. Strict
/// (<see cref="Required"/>): most of the words must match, so «العطلة المدرسية» does not list every question with
/// «المدرسية»; loose: any word will do, for the "closest answers" fallback. Neighbouring words found near each other,
/// and all of them as a phrase, add weight. Built by hand rather than by the classic query parser, so nothing a
/// visitor types is syntax.
/// </summary>
internal static class SearchQueryBuilder
{
    /// <summary>How many of <paramref name="words"/> distinct words a strict match needs: all of one or two, then about two in three.</summary>
    public static int Required(int words) => words <= 2 ? words : (int)Math.Round(words * 2 / 3.0, MidpointRounding.AwayFromZero);

    /// <param name="joined">Neighbouring words the site writes as one (<see cref="JoinedWords"/>), counted like a synonym.</param>
    /// <param name="keep">The query may be kept in memory (<see cref="SearchPrivacy.MayRecord"/>): its words' near misses are cached.</param>
    public static (Query Query, SearchMatches Matches) Build(
        IReadOnlyList<string> words, IReadOnlyList<SynonymMatch> joined, LanguageIndex index, bool keep, bool strict)
    {
        var synonyms = index.Synonyms;
        var matches = new SearchMatches();
        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        var perWord = distinct.Select(_ => new BooleanQuery(disableCoord: true)).ToArray();
        for (var i = 0; i < distinct.Count; i++)
        {
            AddWord(perWord[i], distinct[i], matches, index, fuzzy: true, keep);
        }
        foreach (var synonym in synonyms.Expand(words).Concat(joined))
        {
            // The group's one term, which the index holds wherever any variant stands, counts for every word of the
            // variant found here: «كلمة السر» finds «كلمة المرور» and «مودباس» with one term, not a phrase for each.
            foreach (var word in words.Skip(synonym.Start).Take(synonym.Length).Select(w => distinct.IndexOf(w)).Distinct())
            {
                AddWord(perWord[word], synonym.Term, matches, index, fuzzy: false, keep: false);
            }
        }
        var coverage = new BooleanQuery { MinimumNumberShouldMatch = strict ? Required(distinct.Count) : 1 };
        foreach (var clause in perWord)
        {
            coverage.Add(clause, Occur.SHOULD);
        }
        var root = new BooleanQuery { { coverage, Occur.MUST } };
        if (index.WholeTerm(words) is { } whole)
        {
            root.Add(whole, Occur.SHOULD);
        }
        if (words.Count > 1)
        {
            root.Add(Phrase(words, slop: 2), Occur.SHOULD);
            for (var i = 0; i + 1 < words.Count; i++)
            {
                var near = Phrase([words[i], words[i + 1]], slop: 1);
                near.Boost = 0.5f;
                root.Add(near, Occur.SHOULD);
            }
        }
        return (root, matches);
    }

    /// <param name="fuzzy">
    /// Whether the index's near misses of a Latin word count too. Only for a word the index lacks, as Lucene's spell
    /// checker suggests only then: a word the site uses means itself, and its near misses (scam, spam) are other words.
    /// </param>
    private static void AddWord(BooleanQuery query, string word, SearchMatches matches, LanguageIndex index, bool fuzzy, bool keep)
    {
        matches.Add([word]);
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            query.Add(index.Terms.Query(field, word, boost), Occur.SHOULD);
        }
        if (fuzzy && SearchTokens.IsLatinWord(word) && !index.Terms.Knows(word))
        {
            matches.AddFuzzy(word);
            foreach (var nearMisses in index.NearMisses(word, keep))
            {
                query.Add(nearMisses, Occur.SHOULD);
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
    private readonly HashSet<string> _words;
    private readonly List<string> _fuzzy;

    public SearchMatches()
        : this(new HashSet<string>(StringComparer.Ordinal), [])
    {
    }

    private SearchMatches(HashSet<string> words, List<string> fuzzy)
    {
        _words = words;
        _fuzzy = fuzzy;
    }

    public void Add(IEnumerable<string> words) => _words.UnionWith(words);

    public void AddFuzzy(string word) => _fuzzy.Add(word);

    /// <summary>
    /// The matches to mark in one result: a near miss stands in for a word only where the word itself is missing.
    /// Where the result holds the word, its near misses are other words (French «passe» is «pase» to the index, one
    /// letter from «page»), and marking them showed visitors matches they had not asked for.
    /// </summary>
    public SearchMatches For(AnalyzedText title, AnalyzedText answer)
    {
        if (_fuzzy.Count == 0)
        {
            return this;
        }
        var missing = _fuzzy.FindAll(word => !Holds(title, word) && !Holds(answer, word));
        return missing.Count == _fuzzy.Count ? this : new SearchMatches(_words, missing);
    }

    private static bool Holds(AnalyzedText text, string word)
    {
        foreach (var token in text.Tokens)
        {
            if (string.Equals(token.Term, word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public bool Matches(string term) =>
        _words.Contains(term) || (SearchTokens.IsLatinWord(term) && _fuzzy.Any(f => SearchTokens.IsNearMiss(f, term)));
}
