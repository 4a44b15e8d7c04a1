using System.Net;
using System.Text.RegularExpressions;

namespace MassarDalil.Cli.StaticExport;

/// <summary>
/// Where each address goes in the export, and which addresses a file points to. A page becomes a folder's
/// index.html (<c>/ar/faq</c> → <c>ar/faq/index.html</c>), which every static host serves without settings
/// (most redirect <c>/ar/faq</c> to <c>/ar/faq/</c>); anything else keeps its own name.
/// </summary>
internal static partial class ExportLayout
{
    public const string IndexFile = "index.html";
    public const string NotFoundFile = "404.html";

    /// <summary>Written into every export, so a later export may replace the folder without --force.</summary>
    public const string MarkerFile = ".massar-static-export";

    /// <summary>Addresses that are never part of the public copy, even when a page links to them.</summary>
    private static readonly string[] Private = ["/manager", "/api/", "/openapi/", "/healthz", "/error", "/not-found"];

    /// <summary>
    /// The file for <paramref name="path"/> (no query or fragment), relative, with / separators. Percent-escapes
    /// are decoded, as static hosts decode them before looking for the file: an Arabic slug is an Arabic file name.
    /// </summary>
    public static string FileFor(string path, bool isHtml)
    {
        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        if (!isHtml || relative.EndsWith(".html", StringComparison.Ordinal))
        {
            return relative;
        }
        return relative.Length == 0 || relative.EndsWith('/') ? relative + IndexFile : relative + "/" + IndexFile;
    }

    /// <summary>
    /// The site-relative path a link points to, without query or fragment; null for other sites, other
    /// schemes, and addresses that are not exported. Absolute links to <paramref name="baseUrl"/> (canonical
    /// links, the sitemap) count as the site's own.
    /// </summary>
    public static string? LocalPath(string link, string baseUrl)
    {
        var decoded = WebUtility.HtmlDecode(link.Trim());
        if (decoded.StartsWith(baseUrl + "/", StringComparison.OrdinalIgnoreCase))
        {
            decoded = decoded[baseUrl.Length..];
        }
        if (!decoded.StartsWith('/') || decoded.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        var end = decoded.IndexOfAny(['?', '#']);
        var path = end < 0 ? decoded : decoded[..end];
        if (path.Length == 0 || Private.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase) || path == p.TrimEnd('/')))
        {
            return null;
        }
        return path;
    }

    /// <summary>
    /// The addresses a page, stylesheet, script or manifest points to: HTML attributes (href, src, action and
    /// search.js's data-live-search), the social card in og:image, CSS url(), JavaScript module imports, the
    /// manifest's icons and the sitemap's locations.
    /// </summary>
    public static IEnumerable<string> Links(string text, string baseUrl) =>
        new[] { Attribute(), MetaImage(), CssUrl(), ModuleImport(), JsonSource(), SitemapLocation() }
            .SelectMany(pattern => pattern.Matches(text).Select(m => m.Groups["url"].Value))
            .Concat(SrcSet().Matches(text).SelectMany(m => Candidates(m.Groups["set"].Value)))
            .Select(link => LocalPath(link, baseUrl)).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The addresses of a srcset (<c>/media/a-480.webp 480w, /media/a-960.webp 960w</c>): every width of a library image.</summary>
    private static IEnumerable<string> Candidates(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ')[0]);

    [GeneratedRegex("\\bsrcset=\"(?<set>[^\"]*)\"")]
    private static partial Regex SrcSet();

    [GeneratedRegex("""\b(?:href|src|action|data-live-search)="(?<url>[^"]*)"|\b(?:href|src|action|data-live-search)='(?<url>[^']*)'""")]
    private static partial Regex Attribute();

    [GeneratedRegex("""<meta property="og:image" content="(?<url>[^"]*)">""")]
    private static partial Regex MetaImage();

    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')\s]+)["']?\s*\)""")]
    private static partial Regex CssUrl();

    [GeneratedRegex("""\bimport\s*(?:[^"';]*?\bfrom\s*)?["'](?<url>/[^"']+)["']""")]
    private static partial Regex ModuleImport();

    [GeneratedRegex(@"""src""\s*:\s*""(?<url>/[^""]+)""")]
    private static partial Regex JsonSource();

    [GeneratedRegex("<loc>(?<url>[^<]+)</loc>")]
    private static partial Regex SitemapLocation();
}
