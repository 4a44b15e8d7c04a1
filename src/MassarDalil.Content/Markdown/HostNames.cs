using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace MassarDalil.Content.Markdown;

/// <summary>
/// The host names a reader sees in written words, wherever they stand: a link's words (<see cref="LinkWords"/>) or the
/// text around links (<see cref="OfficialLinks.LookAlikesInText"/>). Invisible characters do not part a name, full-width
/// dots are dots as browsers take them, and an Arabic word against a name is not part of it.
/// </summary>
internal static class HostNames
{
    /// <summary>The host names in <paramref name="words"/>, in order, and whether each was written as an address.</summary>
    public static IEnumerable<(string Host, bool AsAddress)> In(string words)
    {
        // Invisible characters (a soft hyphen, a zero-width space) do not part what the reader sees as one name.
        var visible = string.Concat(words.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format));
        var start = 0;
        for (var i = 0; i <= visible.Length; i++)
        {
            if (i < visible.Length && InName(visible[i]))
            {
                continue;
            }
            if (i > start && AsHost(visible[start..i]) is { } host)
            {
                var asAddress = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ||
                    (start >= 3 && visible.AsSpan(start - 3, 3).SequenceEqual("://"));
                yield return (host, asAddress);
            }
            start = i + 1;
        }
    }

    /// <summary>A host as DNS reads it (punycode, lower case); one the IDN rules reject, as written in lower case.</summary>
    public static string Ascii(string host)
    {
        try
        {
            return new IdnMapping().GetAscii(host).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return host.ToLowerInvariant(); // no browser opens it as anything else, so it matches nothing
        }
    }

    /// <summary>
    /// A letter, digit or mark, a hyphen or a dot (the full-width ones browsers take for dots too). Arabic letters
    /// are not: <c>بـmoutamadris.men.gov.ma</c> is an Arabic word against a host, never part of it.
    /// </summary>
    private static bool InName(char c) =>
        c is '-' or '.' or '\u3002' or '\uFF0E' or '\uFF61' ||
        ((char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) &&
            !IsArabic(c));

    private static bool IsArabic(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF') or
            (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>
    /// The run as a host name: two labels or more, the last with a letter (not 2.0 or 12.5.2026) and not a file's type
    /// (massar.pdf); else null.
    /// </summary>
    private static string? AsHost(string run)
    {
        var host = new StringBuilder(run).Replace('\u3002', '.').Replace('\uFF0E', '.').Replace('\uFF61', '.').ToString().Trim('.', '-');
        var labels = host.Split('.');
        return labels.Length > 1 && labels.All(l => l.Length > 0) && labels[^1].Any(char.IsLetter) && !FileTypes.Contains(labels[^1]) ? host : null;
    }

    // Endings of file names that are no top-level domain, so no browser opens "massar.pdf" as an address. Those that
    // are domains too (.zip, .mov, .app) stay hosts: phishing pages are registered under them.
    private static readonly FrozenSet<string> FileTypes = new[]
    {
        "pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "txt", "csv", "rtf",
        "jpg", "jpeg", "png", "gif", "webp", "svg", "heic", "mp3", "mp4", "apk", "rar", "htm", "html",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
