namespace MassarDalil.Content.Published;

/// <summary>
/// The public addresses of published content (DESIGN §3), for everything that points at pages from
/// outside a request: API links and webhook events. Root-relative, so they hold behind any host.
/// </summary>
public static class ContentUrls
{
    public const string ApiBase = "/api/v1";

    /// <summary>The FAQ's address in every site, whatever else it is called: <c>/{lang}/faq</c> (the import and the manager hold its slug to it).</summary>
    public const string FaqSlug = "faq";

    /// <summary><c>/ar/</c> for a home page, <c>/ar/faq</c> otherwise; an Arabic slug percent-encoded (RFC 3986).</summary>
    public static string Page(string site, string slug) => slug.Length == 0 ? $"/{site}/" : $"/{site}/{Uri.EscapeDataString(slug)}";

    /// <summary>The API address of a page; a home page (no slug) is addressed by its key.</summary>
    public static string ApiPage(string site, string slug, string key) =>
        $"{ApiBase}/{site}/pages/{Uri.EscapeDataString(slug.Length == 0 ? key : slug)}";

    public static string Faq(string site) => Page(site, FaqSlug);

    /// <summary>A question's own page: <c>/ar/faq/forgot-password</c>.</summary>
    public static string Question(string site, string key) => $"{Faq(site)}/{key}";

    public static string ApiQuestion(string site, string key) => $"{ApiBase}/{site}/faq/{Uri.EscapeDataString(key)}";

    public static string ApiPages(string site) => $"{ApiBase}/{site}/pages";
}
