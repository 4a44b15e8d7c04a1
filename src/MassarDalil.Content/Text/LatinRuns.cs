using System.Text.RegularExpressions;

namespace MassarDalil.Content.Text;

/// <summary>
/// Finds the runs of Latin words inside right-to-left text ("moutamadris.men.gov.ma", "Caps Lock",
/// "NFC"), so they can be isolated and the browser does not reorder their dots and hyphens
/// around the Arabic. One rule for answers (Markdown) and for titles (plain text).
/// </summary>
public static partial class LatinRuns
{
    /// <summary>The text cut into pieces, each either a Latin run or the text between two runs.</summary>
    public static IEnumerable<(string Text, bool IsLatin)> Split(string text)
    {
        var position = 0;
        foreach (Match match in Pattern().Matches(text))
        {
            if (match.Index > position)
            {
                yield return (text[position..match.Index], false);
            }
            yield return (match.Value, true);
            position = match.Index + match.Length;
        }
        if (position < text.Length)
        {
            yield return (text[position..], false);
        }
    }

    public static bool Any(string text) => Pattern().IsMatch(text);

    /// <summary>Where the runs are, as [start, end) offsets, for callers that build their own HTML (search results).</summary>
    public static IEnumerable<(int Start, int End)> Ranges(string text) =>
        Pattern().Matches(text).Select(m => (m.Index, m.Index + m.Length));

    // A Latin word (accented French letters included, and codes such as "2BAC" that start with
    // digits), then more such words joined by spaces, apostrophes or the punctuation of domains,
    // e-mail addresses and codes; it never ends on the punctuation that closes a sentence.
    // Leading digits belong to the run: left outside, "2" would be drawn after "BAC".
    private const string Letter = @"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F";

    [GeneratedRegex($@"[0-9]*[{Letter}][{Letter}0-9]*(?:[ .@:/_+\-×'’]+[{Letter}0-9]+)*")]
    private static partial Regex Pattern();
}
