namespace MassarDalil.Content.Markdown;

/// <summary>
/// A visitor reads a link's words, not its address: <c>[https://massarservice.men.gov.ma](https://example.org/login)</c>
/// is the classic way to a phishing page. So the words may show only the host the link opens (with or without
/// <c>www.</c>, or a domain above it: <c>[men.gov.ma](https://massar.men.gov.ma)</c>). A host written as an address
/// (<c>https://…</c>, <c>www.…</c>) is held to that always; a bare name only when it reads as the Ministry's (official
/// or a look-alike), since words such as <c>formulaire.pdf</c> or <c>ASP.NET</c> are shaped like host names too.
/// </summary>
public static class LinkWords
{
    /// <summary>The first host the words of <paramref name="link"/> show that it does not open, as shown; null when none (or an image or autolink).</summary>
    public static string? Misleading(MarkdownLink link)
    {
        if (link.Words.Length == 0)
        {
            return null;
        }
        var opens = HostOf(link.Url);
        foreach (var (shown, asAddress) in HostNames.In(link.Words))
        {
            // LooksOfficial holds for the official hosts too.
            if ((asAddress || OfficialLinks.LooksOfficial(shown)) && !Opens(opens, HostNames.Ascii(shown)))
            {
                return shown;
            }
        }
        return null;
    }

    /// <summary>The host a link opens, as DNS reads it: a web address's, or an e-mail address's domain; null for a page of this site or a phone number.</summary>
    private static string? HostOf(string url) =>
        Uri.TryCreate(LinkPolicy.AsBrowserSees(url), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto"
            ? OfficialLinks.AsciiHost(uri)?.TrimEnd('.')
            : null;

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
