using System.Globalization;
using System.Text;

namespace MassarDalil.Content.Markdown;

/// <summary>A link whose words show a host it does not open, and that host as the words show it.</summary>
public sealed record MisleadingLink(MarkdownLink Link, string Shown);

/// <summary>
/// A visitor reads a link's words, not its address: <c>[https://massarservice.men.gov.ma](https://example.org/login)</c>
/// is the classic way to a phishing page. So the words may show only the host the link opens (with or without
/// <c>www.</c>, or a domain above it: <c>[men.gov.ma](https://massar.men.gov.ma)</c>). A host written as an address
/// (<c>https://…</c>, <c>www.…</c>) is held to that always; a bare name only when it reads as the Ministry's (official
/// or a look-alike), since words such as <c>formulaire.pdf</c> or <c>ASP.NET</c> are shaped like host names too.
/// </summary>
public static class LinkWords
{
    /// <summary>The first link (not image or autolink) of <paramref name="links"/> whose words show a host it does not open.</summary>
    public static MisleadingLink? FirstMisleading(IEnumerable<MarkdownLink> links)
    {
        foreach (var link in links.Where(l => l.Words.Length > 0))
        {
            var opens = HostOf(link.Url);
            foreach (var (shown, asAddress) in Hosts(link.Words))
            {
                // LooksOfficial holds for the official hosts too.
                if ((asAddress || OfficialLinks.LooksOfficial(shown)) && !Opens(opens, Ascii(shown)))
                {
                    return new MisleadingLink(link, shown);
                }
            }
        }
        return null;
    }

    /// <summary>The host names in a link's words, in order, and whether each was written as an address.</summary>
    private static IEnumerable<(string Host, bool AsAddress)> Hosts(string words)
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

    /// <summary>The run as a host name: two labels or more, the last with a letter (not 2.0 or 12.5.2026); else null.</summary>
    private static string? AsHost(string run)
    {
        var host = new StringBuilder(run).Replace('\u3002', '.').Replace('\uFF0E', '.').Replace('\uFF61', '.').ToString().Trim('.', '-');
        var labels = host.Split('.');
        return labels.Length > 1 && labels.All(l => l.Length > 0) && labels[^1].Any(char.IsLetter) ? host : null;
    }

    /// <summary>The host a link opens, as DNS reads it: a web address's, or an e-mail address's domain; null for a page of this site or a phone number.</summary>
    private static string? HostOf(string url) =>
        Uri.TryCreate(LinkPolicy.AsBrowserSees(url), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto"
            ? OfficialLinks.AsciiHost(uri)?.TrimEnd('.')
            : null;

    private static string Ascii(string host)
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

    private static bool Opens(string? opens, string shown)
    {
        if (opens is null)
        {
            return false;
        }
        var (link, words) = (WithoutWww(opens), WithoutWww(shown));
        return link == words || link.EndsWith("." + words, StringComparison.Ordinal);
    }

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
}
