using System.Buffers;
using System.Text.RegularExpressions;

namespace MassarDalil.Content.Text;

/// <summary>
/// French spacing (docs/decisions.md, "French typography"): a narrow no-break space (U+202F) before « ; : ! ? » and
/// inside « guillemets », so a line never starts with a colon on a narrow phone. One rule, used to check the seed and
/// to set the space in what editors save on a French site, since most keyboards cannot type it.
/// </summary>
public static partial class FrenchSpacing
{
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>Each place where the punctuation lacks its narrow no-break space, as the two characters found there.</summary>
    public static IEnumerable<string> Faults(string text) =>
        PunctuationWithoutThinSpace().Matches(text).Concat(OpeningGuillemetWithoutThinSpace().Matches(text))
            .Concat(ClosingGuillemetWithoutThinSpace().Matches(text)).Select(m => m.Value);

    /// <summary>
    /// The text with its French spacing set: a plain or no-break space before the punctuation, or none, becomes the
    /// narrow one, and so does the space inside guillemets. Markdown's code, link addresses and URLs are left as
    /// written. The same instance when nothing changes, so callers can tell by reference.
    /// </summary>
    public static string Correct(string text) => Correct(text, Spacing());

    /// <summary>
    /// The pass with the expression given: the site's has a time limit on the wall clock, which a test on a busy
    /// machine cannot tell from slow reading, so tests that hold the pass linear give it <see cref="SpacingUnlimited"/>
    /// and count this thread's processor time instead.
    /// </summary>
    internal static string Correct(string text, Regex spacing)
    {
        if (text.AsSpan().IndexOfAny(Marks) < 0)
        {
            return text;
        }
        try
        {
            var corrected = spacing.Replace(text, m =>
                m.Groups["literal"].Success ? m.Value :
                m.Groups["open"].Success ? "«\u202F" :
                m.Groups["close"].Success ? "\u202F»" :
                "\u202F");
            return corrected == text ? text : corrected;
        }
        catch (RegexMatchTimeoutException)
        {
            // Never expected (each alternative reads a character a bounded number of times), but this runs on whatever
            // an editor posts, before the length checks: the text as typed is better than a save that never ends.
            return text;
        }
    }

    private static readonly SearchValues<char> Marks = SearchValues.Create(";:!?«»");

    // What closes a sentence's punctuation: a space, the end, a closing mark or Markdown's emphasis. Not a URL's
    // "https:", a time's "8:30" or an image's "![".
    private const string After = @"(?:[\s""'*_)\]»]|$)";
    private const string Closes = "(?=[;:!?]" + After + ")";

    [GeneratedRegex(@"[^\u202F][;:!?](?=" + After + ")")]
    private static partial Regex PunctuationWithoutThinSpace();

    [GeneratedRegex(@"«[^\u202F]")]
    private static partial Regex OpeningGuillemetWithoutThinSpace();

    [GeneratedRegex(@"[^\u202F]»")]
    private static partial Regex ClosingGuillemetWithoutThinSpace();

    // One pass, each match one of: what is written for the machine rather than read as French, kept as it is (fenced
    // and inline code, a link's address, an autolink, a bare URL); a plain or no-break space after a word before the
    // punctuation (a line that starts with the mark is not a sentence's: a table's ":---"); no space at all, only
    // after a word's letter, digit or closing mark, never after a hyphen or bar (a table's "---:"), a bracket (a link
    // reference's "[1]:"), a slash or another mark; the space just inside guillemets, or none.
    // Linear in the text's length, since an editor may post a megabyte: no alternative may start again inside what
    // another start of it has already read. So a link's address stops at the next "(" (where "](](](…" read on to
    // the end from every "](") and a URL's scheme starts only after a character a scheme cannot hold (where
    // "a.a.a.…" did the same from every letter); FrenchSpacingTests holds the families.
    private const string SpacingPattern =
        @"(?<literal>^\ {0,3}(?<fence>```|~~~)[\s\S]*?(?:^\ {0,3}\k<fence>|\z)|`+[^`]*`+|\]\([^()]*\)|<[^<>\s]+>|(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*://\S+)" +
        @"|(?<space>(?<=\S)[\ \u00A0]+" + Closes + ")" +
        @"|(?<missing>(?<=[^\s;:!?(\[\]«/\\|-])" + Closes + ")" +
        @"|(?<open>«[\ \u00A0]*(?=\S))" +
        @"|(?<close>(?<=\S)[\ \u00A0]*»)";

    private const RegexOptions SpacingOptions = RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    [GeneratedRegex(SpacingPattern, SpacingOptions, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Spacing();

    /// <summary>The same expression without the time limit, for the tests that count its work.</summary>
    [GeneratedRegex(SpacingPattern, SpacingOptions)]
    internal static partial Regex SpacingUnlimited();
}
