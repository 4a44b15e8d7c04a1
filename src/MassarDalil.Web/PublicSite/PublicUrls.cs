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
