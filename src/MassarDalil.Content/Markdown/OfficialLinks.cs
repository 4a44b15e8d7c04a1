namespace MassarDalil.Content.Markdown;

/// <summary>
/// The site sends visitors to the Ministry's services only at the official domain, men.gov.ma. An address that
/// looks like Massar but is somewhere else (massar-men-gov.ma, moutamadris.net) is how phishing pages collect
/// passwords, so an editor is stopped before such a link is stored.
/// </summary>
public static class OfficialLinks
{
    public const string Domain = "men.gov.ma";

    public static bool IsOfficial(string host) =>
        host.Equals(Domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + Domain, StringComparison.OrdinalIgnoreCase);

    /// <summary>The addresses in this Markdown that look like the Ministry's but are not on its domain.</summary>
    /// <remarks>Links are found as the renderer finds them, with its pipeline: check <see cref="MarkdownCheck"/> first,
    /// as text nested too deeply for it throws here too.</remarks>
    public static IReadOnlyList<string> LookAlikes(string markdown) =>
        [.. MarkdownRenderer.Links(markdown).Where(IsLookAlike).Select(link => link.Url).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="link"/> (not an image) leads to an address that looks like the Ministry's but is not on its domain.</summary>
    public static bool IsLookAlike(MarkdownLink link) => !link.IsImage && IsLookAlike(link.Url);

    /// <summary>
    /// Every host name in <paramref name="texts"/>, text outside links (<see cref="MarkdownReading.Texts"/>), that reads
    /// as the Ministry's but is not on its domain, as written, with the block it is in, in the order written. Such a
    /// name is not a link, but a visitor may type <c>rnassar.ma</c> into a browser as readily as follow a link to it.
    /// </summary>
    public static IEnumerable<(MarkdownText In, string Host)> LookAlikesInText(IEnumerable<MarkdownText> texts) =>
        texts.SelectMany(text => HostNames.In(text.Text).Select(found => (text, found.Host)))
            .Where(found => LooksOfficial(found.Host) && !IsOfficial(HostNames.Ascii(found.Host)));

    /// <remarks>
    /// A host is read as a visitor reads it (<see cref="HostSkeleton"/>): <c>mеn.gov.ma</c> with a Cyrillic е, or its
    /// <c>xn--</c> form, is not the Ministry's however official it looks. A label mixing Latin with another
    /// script is refused too, whatever it imitates. A host the IDN rules reject (the framework throws on some) is
    /// judged by its text as written. The official name written anywhere else in an address that goes elsewhere is
    /// a disguise as well: before an <c>@</c> (<c>https://moutamadris.men.gov.ma@evil.example/</c> opens
    /// evil.example), in its path, query or fragment, or as the domain of an e-mail address that is not it.
    /// </remarks>
    private static bool IsLookAlike(string url) =>
        Uri.TryCreate(LinkPolicy.AsBrowserSees(url), UriKind.Absolute, out var uri) && uri.Scheme switch
        {
            "http" or "https" => !IsOfficialHost(uri) && (LooksOfficial(uri.Host) || DisguisedAfterTheHost(uri)),
            "mailto" => uri.UserInfo.Length > 0 && !IsOfficialHost(uri) && LooksOfficial(uri.Host),
            _ => false,
        };

    private static bool IsOfficialHost(Uri uri) => AsciiHost(uri) is { } ascii && IsOfficial(ascii);

    /// <summary>Whether a host reads as the Ministry's (<see cref="OfficialNames"/>) or mixes scripts in a label; true of the official hosts too.</summary>
    internal static bool LooksOfficial(string host) => OfficialNames.Imitated(host) || HostSkeleton.MixesScripts(host);

    /// <summary>The official domain in the path, query or fragment, or any Massar word before the <c>@</c>.</summary>
    private static bool DisguisedAfterTheHost(Uri uri)
    {
        var rest = HostSkeleton.Of(Uri.UnescapeDataString(uri.PathAndQuery + uri.Fragment));
        return OfficialNames.Named(Uri.UnescapeDataString(uri.UserInfo)) || rest.Contains(Domain, StringComparison.Ordinal);
    }

    /// <summary>The host as DNS sees it (punycode, folded), or null when it breaks the IDN rules.</summary>
    internal static string? AsciiHost(Uri uri)
    {
        try
        {
            return uri.IdnHost.ToLowerInvariant();
        }
        catch (UriFormatException)
        {
            return null;
        }
    }
}
