using Lucene.Net.Analysis;

namespace MassarDalil.Content.Search;

/// <summary>
/// The synonym groups as one language's analyzer sees them: every term becomes the words it indexes as (مسار → مسار,
/// "كلمة السر" → كلم سر), and every group has one term that stands for all of its variants: its first term of one
/// word (which <see cref="SearchLexicon"/> already reads every one-word variant as), or a made-up one when it has none.
/// Terms of several words are indexed as that term too (<see cref="PhraseTermFilter"/>), so a query needs no phrases.
/// </summary>
internal sealed class SynonymSet
{
    private readonly List<Group> _groups;
    private readonly Dictionary<string, List<(string[] Words, string Term)>> _phrases;

    private SynonymSet(List<Group> groups)
    {
        _groups = groups;
        _phrases = new(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            // Every variant but the term itself: a one-word variant is one here only when another group's lexicon
            // form took it. The first group that names a variant keeps it, as the lexicon does with words.
            foreach (var phrase in group.Variants.Where(v => !group.IsTerm(v) && seen.Add(string.Join(' ', v))))
            {
                if (!_phrases.TryGetValue(phrase[0], out var starting))
                {
                    _phrases[phrase[0]] = starting = [];
                }
                starting.Add((phrase, group.Term));
            }
        }
        foreach (var starting in _phrases.Values)
        {
            starting.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length)); // the longest phrase wins
        }
    }

    public static SynonymSet Empty { get; } = new([]);

    /// <param name="analyzer">The language's query analyzer (with the lexicon, without <see cref="PhraseTermFilter"/>).</param>
    public static SynonymSet Build(Analyzer analyzer, IEnumerable<IReadOnlyList<string>> groups) =>
        new(groups
            .Select(g => g.Select(term => SearchTokens.Terms(analyzer, term)).Where(t => t.Length > 0)
                .DistinctBy(t => string.Join(' ', t)).ToArray())
            .Where(g => g.Length > 1)
            // A character no tokenizer gives out, so the made-up term can never be typed or found in a text.
            .Select((variants, i) => new Group(variants, variants.FirstOrDefault(v => v.Length == 1)?[0] ?? $"\uE000{i}"))
            .ToList());

    /// <summary>The variants (of several words, mostly) that start with <paramref name="word"/>, longest first, with their group's term.</summary>
    public List<(string[] Words, string Term)>? PhrasesStartingWith(string word) => _phrases.GetValueOrDefault(word);

    /// <summary>Adds the group terms to the words of a text as it is indexed.</summary>
    public TokenStream Apply(TokenStream input) => _phrases.Count == 0 ? input : new PhraseTermFilter(input, this);

    /// <summary>For every group variant found in the query's words (other than the group's own term): where it stands and the group's term.</summary>
    public IEnumerable<SynonymMatch> Expand(IReadOnlyList<string> words)
    {
        foreach (var group in _groups)
        {
            foreach (var variant in group.Variants)
            {
                if (group.IsTerm(variant))
                {
                    continue; // the word is the group's term already
                }
                for (var start = 0; start + variant.Length <= words.Count; start++)
                {
                    if (Matches(words, start, variant))
                    {
                        yield return new SynonymMatch(start, variant.Length, group.Term);
                    }
                }
            }
        }
    }

    private static bool Matches(IReadOnlyList<string> words, int start, string[] variant)
    {
        for (var i = 0; i < variant.Length; i++)
        {
            if (!string.Equals(words[start + i], variant[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private sealed record Group(string[][] Variants, string Term)
    {
        public bool IsTerm(string[] variant) => variant is [var only] && string.Equals(only, Term, StringComparison.Ordinal);
    }
}

/// <param name="Start">The first query word the group variant covers.</param>
/// <param name="Length">How many query words it covers.</param>
/// <param name="Term">The group's term, which the index holds wherever any of its variants is.</param>
internal sealed record SynonymMatch(int Start, int Length, string Term);
