using System.Buffers;
using System.Text;

namespace MassarDalil.Content.Search;

/// <summary>
/// Darija written in Latin letters, with digits for the Arabic letters Latin lacks (Arabizi): 3 = ع, 9 = ق, 7 = ح,
/// 2 = ء, 5 = خ (n9ta, mo3adal, nata2ij, tfa3il). Search reads such a word as it is written without the digits, as
/// many people type it: 9 → q, 7 → h, 5 → kh, and ع and ء left out (n9ta = nqta, mo3adal = moadal, nata2ij = nataij).
/// It does so in the text, the lexicon and the query alike, so an editor may write a lexicon word either way.
/// 8 is left as it is: people use it for more than one letter.
/// </summary>
internal static class Arabizi
{
    /// <summary>
    /// Letters with lone digits that stand for Arabic letters (n3ref, nl9a), not a code: "abc12", "G1" and "x1y" are
    /// not words. At least two letters, and more letters than digits.
    /// </summary>
    public static bool IsWord(ReadOnlySpan<char> word)
    {
        var letters = 0;
        var digits = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsDigit(word[i]))
            {
                letters += char.IsLetter(word[i]) ? 1 : 0;
                continue;
            }
            var lone = (i == 0 || !char.IsDigit(word[i - 1])) && (i == word.Length - 1 || !char.IsDigit(word[i + 1]));
            if (!lone || word[i] is not ('2' or '3' or '5' or '7' or '8' or '9'))
            {
                return false;
            }
            digits++;
        }
        return letters >= 2 && letters > digits;
    }

    /// <summary>The word as search reads it, or null when it is not Latin Arabizi (or has no digit to read).</summary>
    public static string? Fold(ReadOnlySpan<char> word)
    {
        if (!word.ContainsAny(Digits) || !SearchTokens.IsLowerLatin(word) || !IsWord(word))
        {
            return null;
        }
        var folded = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            switch (c)
            {
                case '2' or '3':
                    break;
                case '5':
                    folded.Append("kh");
                    break;
                case '7':
                    folded.Append('h');
                    break;
                case '9':
                    folded.Append('q');
                    break;
                default:
                    folded.Append(c);
                    break;
            }
        }
        return folded.ToString();
    }

    private static readonly SearchValues<char> Digits = SearchValues.Create("23579");
}
