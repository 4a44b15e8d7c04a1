using System.Text;

namespace MassarDalil.Content.Search;

/// <summary>
/// The terms of an index that a Latin word could be one typo away from, by length, so that a word with none (a typo of
/// nothing the site says, a made-up word) skips Lucene's fuzzy rewrite: it builds Levenshtein automata for every field
/// on every search of such a word, since only near misses that exist are kept (<see cref="LanguageIndex.NearMisses"/>),
/// and that was about a seventh of what search allocated under load. The answer may be a false "maybe" (the rewrite
/// then runs as before), never a false "none": a term counts if one insertion, deletion, substitution or swap of
/// neighbours after the first letter, in code points as Lucene counts them, can turn the word into it.
/// </summary>
internal sealed class NearMissCandidates
{
    private readonly Dictionary<int, string[]> _byLength;

    /// <param name="words">The index's terms (<see cref="TermStates.Words"/>), read once when it is built.</param>
    public NearMissCandidates(IEnumerable<string> words)
    {
        var byLength = new Dictionary<int, HashSet<string>>();
        foreach (var word in words)
        {
            if (Candidate(word) is { } term)
            {
                if (!byLength.TryGetValue(term.Length, out var same))
                {
                    byLength[term.Length] = same = new HashSet<string>(StringComparer.Ordinal);
                }
                same.Add(term);
            }
        }
        _byLength = byLength.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Whether the index may hold a near miss of <paramref name="word"/> (see <see cref="SearchTokens.IsNearMiss"/>).</summary>
    public bool MayHave(string word)
    {
        for (var length = word.Length - 1; length <= word.Length + 1; length++)
        {
            if (_byLength.TryGetValue(length, out var terms) && terms.Any(term => SearchTokens.IsNearMiss(word, term)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The term as one character per code point, or null when it cannot be one edit from a Latin word: a Latin word is
    /// ASCII letters and digits only, so a term with two other code points differs from it in at least two places.
    /// </summary>
    private static string? Candidate(string term)
    {
        var others = 0;
        var builder = new StringBuilder(term.Length);
        foreach (var rune in term.EnumerateRunes())
        {
            if (!(Rune.IsLetterOrDigit(rune) && rune.IsAscii) && ++others > 1)
            {
                return null;
            }
            // Any character stands for a code point outside the word's alphabet: it can only match by being edited.
            builder.Append(rune.IsBmp ? (char)rune.Value : '\uFFFD');
        }
        return builder.ToString();
    }
}
