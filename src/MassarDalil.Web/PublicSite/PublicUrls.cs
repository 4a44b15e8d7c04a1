using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.PublicSite;

/// <summary>Where each published page lives, so pages, links and the sitemap agree.</summary>
public static class PublicUrls
{
    public static string Home(string language) => $"/{language}/";

    public static string Faq(string language) => $"/{language}/faq";

    public static string Question(string language, string key) => $"{Faq(language)}/{key}";

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
    /// path as this class writes it) in other ASCII letter case, or with a trailing slash added or taken away, and not
    /// the same letter for letter. Anything else (other characters, an encoded slash, another normalisation form of
    /// an Arabic slug) is not such a variant.
    /// </summary>
    public static bool IsCaseOrSlashVariant(string requested, string canonical)
    {
        var own = Uri.UnescapeDataString(canonical);
        if (string.Equals(requested, own, StringComparison.Ordinal))
        {
            return false;
        }
        return string.Equals(LowerAscii(WithoutTrailingSlash(requested)), WithoutTrailingSlash(own), StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="value"/> with A–Z made a–z and every other character as it is: the site's keys, Latin slugs
    /// and fixed words are lower case, Arabic has no case, and an accented capital (É) is not folded.
    /// </summary>
    public static string LowerAscii(string value)
    {
        if (!value.Any(char.IsAsciiLetterUpper))
        {
            return value;
        }
        return string.Create(value.Length, value, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsAsciiLetterUpper(text[i]) ? (char)(text[i] | 0x20) : text[i];
            }
        });
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
