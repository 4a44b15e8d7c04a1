using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MassarDalil.Content.Markdown;

/// <summary>
/// The site sends visitors to the Ministry's services only at the official domain, men.gov.ma. An address that
/// looks like Massar but is somewhere else (massar-men-gov.ma, moutamadris.net) is how phishing pages collect
/// passwords, so an editor is stopped before such a link is stored.
/// </summary>
public static class OfficialLinks
{
    public const string Domain = "men.gov.ma";

    /// <summary>Words in a host name that make a visitor believe they are on the Ministry's platform.</summary>
    private static readonly string[] LookAlikeWords =
        ["massar", "masar", "moutamadris", "motamadris", "waliye", "taalim", "men-gov", "mengov", "men.gov"];

    public static bool IsOfficial(string host) =>
        host.Equals(Domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + Domain, StringComparison.OrdinalIgnoreCase);

    /// <summary>The addresses in this Markdown that look like the Ministry's but are not on its domain.</summary>
    /// <remarks>Links are found as the renderer finds them, with its pipeline: check <see cref="MarkdownCheck"/> first,
    /// as text nested too deeply for it throws here too.</remarks>
    public static IReadOnlyList<string> LookAlikes(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline);
        var urls = document.Descendants<LinkInline>().Where(l => !l.IsImage).Select(l => l.Url)
            .Concat(document.Descendants<AutolinkInline>().Select(a => a.Url));
        return [.. urls.OfType<string>().Where(IsLookAlike).Distinct(StringComparer.Ordinal)];
    }

    /// <remarks>
    /// A host is read as a visitor reads it (<see cref="HostSkeleton"/>): <c>mеn.gov.ma</c> with a Cyrillic е, or its
    /// <c>xn--</c> form, is not the Ministry's however official it looks. A label mixing Latin with another
    /// script is refused too, whatever it imitates. A host the IDN rules reject (the framework throws on some) is
    /// judged by its text as written.
    /// </remarks>
    private static bool IsLookAlike(string url)
    {
        if (!Uri.TryCreate(LinkPolicy.AsBrowserSees(url), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }
        if (AsciiHost(uri) is { } ascii && IsOfficial(ascii))
        {
            return false;
        }
        var host = uri.Host;
        var skeleton = HostSkeleton.Of(host);
        return IsOfficial(skeleton) || LookAlikeWords.Any(word => skeleton.Contains(word, StringComparison.Ordinal)) ||
            HostSkeleton.MixesScripts(host);
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
