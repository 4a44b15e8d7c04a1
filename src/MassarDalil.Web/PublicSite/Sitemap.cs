using System.Globalization;
using System.Text;
using System.Xml;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Web.Caching;
using MassarDalil.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// <c>/sitemap.xml</c>: every public page in every language, each listing its translations as
/// xhtml:link alternates (the same set the pages' own hreflang links give), with the time its
/// revision was published (for a question's own page, the time that question or its topic last changed;
/// for the calculator, whose words are the site's texts, the time those were published). <c>/robots.txt</c> points to it.
/// </summary>
internal static class Sitemap
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>One public address; <paramref name="Group"/> is shared by the same page in every language.</summary>
    internal sealed record Entry(string Group, string Language, string Path, DateTimeOffset? LastModified);

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", GetSitemapAsync).AnswerHead().ExcludeFromDescription();
        app.MapGet("/robots.txt", GetRobotsAsync).AnswerHead().ExcludeFromDescription();
        return app;
    }

    internal static IEnumerable<Entry> Entries(PublishedSnapshot snapshot)
    {
        foreach (var site in snapshot.Sites)
        {
            // Only the first home and FAQ of a site have an address; the page models show those.
            foreach (var page in site.Pages.Where(p => p.Type switch
            {
                PageType.Home => ReferenceEquals(p, site.Home),
                PageType.Faq => ReferenceEquals(p, site.Faq),
                _ => true,
            }))
            {
                // The same grouping the page models use for their alternates.
                var group = page.Type switch
                {
                    PageType.Home => "home",
                    PageType.Faq => "faq",
                    _ => "page:" + page.TranslationKey,
                };
                yield return new Entry(group, site.Site.Key, PublicUrls.Page(page), page.PublishedAt);
                if (page.Type != PageType.Faq)
                {
                    continue;
                }
                foreach (var question in page.Questions)
                {
                    yield return new Entry("question:" + question.Key, site.Site.Key, PublicUrls.Question(site.Site.Key, question.Key),
                        page.QuestionChangedAt(question.Key));
                }
            }
            yield return new Entry("tool:average", site.Site.Key, PublicUrls.AverageTool(site.Site.Key), site.TextsPublishedAt);
        }
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> GetSitemapAsync(HttpContext context, PublishedContent content)
    {
        var snapshot = await content.GetAsync(context.RequestAborted);
        PublicValidators.Set(context.Response, snapshot);
        if (ConditionalRequests.ClientHasCurrentCopy(context))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var entries = Entries(snapshot).ToList();
        var groups = entries.ToLookup(e => e.Group);
        var absolute = (string path) => PublicUrls.Absolute(context.Request, path);

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, absolute(entry.Path));
                if (entry.LastModified is { } lastModified)
                {
                    xml.WriteElementString("lastmod", SitemapNamespace,
                        lastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }
                foreach (var alternate in groups[entry.Group])
                {
                    WriteAlternate(xml, alternate.Language, absolute(alternate.Path));
                }
                WriteAlternate(xml, "x-default", absolute("/"));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return TypedResults.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    private static void WriteAlternate(XmlWriter xml, string language, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", language);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static async Task<Results<ContentHttpResult, StatusCodeHttpResult>> GetRobotsAsync(HttpRequest request, PublishedContent content)
    {
        PublicValidators.Set(request.HttpContext.Response, await content.GetAsync(request.HttpContext.RequestAborted));
        if (ConditionalRequests.ClientHasCurrentCopy(request.HttpContext))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Text(
            $"""
            User-agent: *
            Disallow: /manager

            Sitemap: {PublicUrls.Absolute(request, "/sitemap.xml")}

            """,
            "text/plain; charset=utf-8");
    }
}
