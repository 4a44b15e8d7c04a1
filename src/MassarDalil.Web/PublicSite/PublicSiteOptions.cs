namespace MassarDalil.Web.PublicSite;

/// <summary>Settings of the public site. Section <c>PublicSite</c>.</summary>
public sealed class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>
    /// The address visitors use, such as <c>https://dalil.example.ma</c>, for canonical links, hreflang
    /// and the sitemap. Unset, each request's own scheme and host are used (fine behind a proxy that
    /// forwards them; set it when the proxy does not).
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>
    /// Renders the pages for a static copy (<c>massar export-static</c>): no feedback forms, the
    /// calculator and search run in the browser, and <c>&lt;html data-static-export&gt;</c> tells the
    /// scripts so. Never set on a running site.
    /// </summary>
    public bool StaticExport { get; set; }

    internal static bool IsValid(PublicSiteOptions options) => string.IsNullOrEmpty(options.BaseUrl) || IsOrigin(options.BaseUrl);

    /// <summary>An absolute http(s) address with no path, query or fragment, such as https://dalil.example.ma.</summary>
    internal static bool IsOrigin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" &&
        uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0;
}
