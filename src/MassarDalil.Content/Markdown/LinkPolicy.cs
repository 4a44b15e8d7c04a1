namespace MassarDalil.Content.Markdown;

/// <summary>Which link targets an answer may carry.</summary>
public static class LinkPolicy
{
    public const string ExternalRel = "noopener noreferrer";

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsAllowed(string url)
    {
        var trimmed = AsBrowserSees(url);
        return IsRelative(trimmed) ||
            (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && AllowedSchemes.Contains(uri.Scheme) && !HasControlCharacters(trimmed));
    }

    /// <summary>A path on this site (<c>/en/faq</c>, <c>#key</c>), never a scheme or a protocol-relative host.</summary>
    public static bool IsRelative(string url)
    {
        var trimmed = AsBrowserSees(url);
        if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }
        if (trimmed[0] is '/' or '#' or '?')
        {
            return !HasControlCharacters(trimmed);
        }
        // "page" or "faq#key" with no scheme: a colon before the first slash would be a scheme.
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '#', '?']);
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    /// <summary>
    /// Whether the page may carry this target as a link, or as an image. Images load by themselves and would tell any
    /// other site who reads the page, so only the site's own are shown (the media library's, or a site-relative path).
    /// </summary>
    public static bool MayShow(string url, bool image) => image ? IsRelative(url) : IsAllowed(url);

    public static bool IsExternal(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static bool HasControlCharacters(string url) => url.Any(char.IsControl);

    /// <summary>Browsers read a backslash in a web address as a slash, so <c>\\evil.example</c> is another host.</summary>
    internal static string AsBrowserSees(string url) => url.Trim().Replace('\\', '/');
}
