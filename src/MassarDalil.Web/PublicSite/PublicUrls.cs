using System.Text;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.PublicSite;

/// <summary>Where each published page lives, so pages, links and the sitemap agree.</summary>
public static class PublicUrls
{
    public static string Home(string language) => ContentUrls.Page(language, "");

    public static string Faq(string language) => ContentUrls.Faq(language);

    public static string Question(string language, string key) => ContentUrls.Question(language, key);

    public static string AverageTool(string language) => $"/{language}/tools/average";

    /// <summary>The address of a published page: home, the FAQ, or a guide at <c>/{lang}/{slug}</c>.</summary>
    public static string Page(PublishedPage page) => page.Type switch
    {
        PageType.Home => Home(page.SiteKey),
        PageType.Faq => Faq(page.SiteKey),
        _ => ContentUrls.Page(page.SiteKey, page.Slug),
    };

    /// <summary>
    /// True when <paramref name="requested"/> (a request's decoded path) is <paramref name="canonical"/> (a page's
    /// path as this class writes it) spelt otherwise, and not the same letter for letter: in other letter case, in
    /// another Unicode normalisation form (an Arabic slug in NFD), with slashes doubled, or with a trailing slash added
    /// or taken away. Anything else (other characters, an encoded slash, a backslash) is not such a spelling.
    /// </summary>
    public static bool IsOtherSpelling(string requested, string canonical)
    {
        var own = Uri.UnescapeDataString(canonical);
        if (string.Equals(requested, own, StringComparison.Ordinal))
        {
            return false;
        }
        return string.Equals(FoldAddress(WithoutTrailingSlash(OneSlashes(requested))), WithoutTrailingSlash(own), StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="value"/> (a language, slug or key, or a path) in the form every address is stored in: NFC, lower
    /// case by the invariant culture (É is é, as A is a; Arabic has no case). Only the compatibility forms stay apart:
    /// slugs hold no tatweel or presentation form (<c>Slug.IsValidAddress</c>), so no address is spelt with them.
    /// </summary>
    public static string FoldAddress(string value)
    {
        if (Ascii.IsValid(value) && !value.Any(char.IsAsciiLetterUpper))
        {
            return value;
        }
        return value.Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary><paramref name="path"/> with each run of slashes made one (<c>/ar//faq</c> is <c>/ar/faq</c>).</summary>
    public static string OneSlashes(string path)
    {
        if (!path.Contains("//", StringComparison.Ordinal))
        {
            return path;
        }
        var builder = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            if (c != '/' || builder.Length == 0 || builder[^1] != '/')
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static string WithoutTrailingSlash(string path) => path.Length > 1 && path[^1] == '/' ? path[..^1] : path;

    /// <summary>
    /// <paramref name="path"/> made absolute with the configured base URL, or this request's own.
    /// Reads the options from the request's services so every page model can call it without
    /// another constructor parameter.
    /// </summary>
    public static string Absolute(HttpRequest request, string path)
    {
        var configured = request.HttpContext.RequestServices.GetService<IOptions<PublicSiteOptions>>()?.Value.BaseUrl;
        var origin = string.IsNullOrEmpty(configured) ? $"{request.Scheme}://{request.Host}" : configured.TrimEnd('/');
        return origin + path;
    }
}
