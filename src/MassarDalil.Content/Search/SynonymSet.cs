using Lucene.Net.Analysis;

namespace MassarDalil.Content.Search;

/// <summary>
/// The synonym groups as one language's analyzer sees them: every term becomes the words it
/// indexes as (مسار → مسار, "كلمة السر" → كلم سر), so matching is done on analyzed words.
/// </summary>
internal sealed class SynonymSet
{
    private readonly List<string[][]> _groups;

    private SynonymSet(List<string[][]> groups) => _groups = groups;

    public static SynonymSet Empty { get; } = new([]);

    public static SynonymSet Build(Analyzer analyzer, IEnumerable<IReadOnlyList<string>> groups) =>
        new(groups
            .Select(g => g.Select(term => SearchTokens.Terms(analyzer, term)).Where(t => t.Length > 0)
                .DistinctBy(t => string.Join(' ', t)).ToArray())
            .Where(g => g.Length > 1)
            .ToList());

    /// <summary>For every group term found in the query's words: where it stands and each other term of its group.</summary>
    public IEnumerable<SynonymMatch> Expand(IReadOnlyList<string> words)
    {
        foreach (var group in _groups)
        {
            foreach (var variant in group)
            {
                for (var start = 0; start + variant.Length <= words.Count; start++)
                {
                    if (!Matches(words, start, variant))
                    {
                        continue;
                    }
                    foreach (var other in group.Where(o => !ReferenceEquals(o, variant)))
                    {
                        yield return new SynonymMatch(start, variant.Length, other);
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
}

/// <param name="Start">The first query word the group term covers.</param>
/// <param name="Length">How many query words it covers.</param>
/// <param name="Alternative">Another term of the group, as analyzed words.</param>
internal sealed record SynonymMatch(int Start, int Length, string[] Alternative);
