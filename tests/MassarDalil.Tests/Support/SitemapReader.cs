using System.Xml.Linq;

namespace MassarDalil.Tests.Support;

/// <summary>Reads /sitemap.xml the way a search engine does.</summary>
public static class SitemapReader
{
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <param name="LastModified">Empty when the entry gives none.</param>
    public sealed record Url(string Loc, string LastModified, IReadOnlyDictionary<string, string> Alternates);

    public static async Task<IReadOnlyList<Url>> GetSitemapAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/sitemap.xml");
        response.EnsureSuccessStatusCode();
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return xml.Root!.Elements(Sitemap + "url").Select(u => new Url(
            u.Element(Sitemap + "loc")!.Value,
            u.Element(Sitemap + "lastmod")?.Value ?? "",
            u.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value))).ToList();
    }

    /// <summary>The path of an absolute URL from the sitemap, for the test client.</summary>
    public static string PathOf(string url) => new Uri(url).PathAndQuery;
}
