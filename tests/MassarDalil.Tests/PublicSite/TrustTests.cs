using System.Net;
using AngleSharp.Dom;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.PublicSite;

/// <summary>What makes the site safe to trust, checked on every public page the sitemap lists and on the 404.</summary>
public class TrustTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    [Fact]
    public async Task NoPublicPageEverAsksForAPassword()
    {
        var app = await site.AppAsync();
        await foreach (var (url, page) in CrawlAsync(app))
        {
            Assert.True(page.QuerySelector("input[type=password i]") is null, $"{url} has a password field");
            Assert.True(page.QuerySelector("[autocomplete*=password i]") is null, $"{url} asks the browser for a password");
        }
    }

    [Fact]
    public async Task EveryPageSaysTheSiteIsIndependentAndNeverAsksForAPasswordAtTheTopAndTheBottom()
    {
        var app = await site.AppAsync();
        await foreach (var (url, page) in CrawlAsync(app))
        {
            var (independent, password) = page.DocumentElement.GetAttribute("lang") switch
            {
                // The whole promise: never asked for, never stored, never passed on.
                "ar" => ("دليل مستقل", "لن نطلب منك أبدًا اسم المستخدم أو كلمة المرور، ولا نحتفظ بهما ولا ننقلهما"),
                "fr" => ("guide indépendant", "ne demandons, ne conservons ni ne transmettons jamais votre identifiant ou votre mot de passe"),
                _ => ("independent guide", "never ask for, store or pass on your username or password"),
            };
            foreach (var note in new[] { page.QuerySelector("header .notice"), page.QuerySelector("footer .trust") })
            {
                Assert.True(note is not null, $"{url} lacks the note");
                Assert.Contains(independent, note.TextContent, StringComparison.Ordinal);
                Assert.Contains(password, note.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task LinksLeavingTheSiteGoOnlyToTheMinistryWithTheDomainVisibleAndIsolatedInArabic()
    {
        var app = await site.AppAsync();
        var external = 0;
        await foreach (var (url, page) in CrawlAsync(app))
        {
            var arabic = page.DocumentElement.GetAttribute("lang") == "ar";
            foreach (var link in page.QuerySelectorAll("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) || href.StartsWith('#'))
                {
                    continue; // a page of this site
                }
                var target = new Uri(href);
                external++;
                Assert.True(target.Scheme == "https" && target.Host.EndsWith(".men.gov.ma", StringComparison.Ordinal), $"{url} links to {href}");
                Assert.Contains("noopener", link.GetAttribute("rel") ?? "", StringComparison.Ordinal);
                Assert.Contains(target.Host, link.TextContent, StringComparison.Ordinal);
                if (arabic)
                {
                    Assert.True(link.QuerySelectorAll("bdi").Any(b => b.TextContent.Contains(target.Host, StringComparison.Ordinal)),
                        $"{url}: {target.Host} is not isolated in {link.OuterHtml}");
                }
            }
        }
        Assert.True(external > 0);
    }

    [Fact]
    public async Task NothingIsLoadedFromAnotherSite()
    {
        var app = await site.AppAsync();
        await foreach (var (url, page) in CrawlAsync(app))
        {
            foreach (var element in page.QuerySelectorAll("script[src], link[href]:not([rel=canonical]):not([rel=alternate]), img, iframe, source"))
            {
                var address = element.GetAttribute("src") ?? element.GetAttribute("href") ?? "";
                Assert.True(address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal), $"{url} loads {address}");
            }
        }
    }

    [Fact]
    public async Task LatinWordsInArabicTitlesAreIsolatedAndEnglishTitlesAreLeftAlone()
    {
        var app = await site.AppAsync();
        var client = app.CreateVisitor();
        var arabic = await client.GetDocumentAsync("/ar/faq");
        var english = await client.GetDocumentAsync("/en/faq");
        var question = await client.GetDocumentAsync("/ar/faq/nfc-who-can-use");

        Assert.Equal("الهوية الرقمية (<bdi dir=\"ltr\">NFC</bdi>)", arabic.QuerySelector("#digital-id h2")!.InnerHtml);
        Assert.Equal("الهوية الرقمية (<bdi dir=\"ltr\">NFC</bdi>)", arabic.QuerySelector(".topic-index a[href='#digital-id']")!.InnerHtml);
        Assert.Contains("<bdi dir=\"ltr\">NFC</bdi>", arabic.QuerySelector("#nfc-who-can-use summary h3")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("<bdi dir=\"ltr\">NFC</bdi>", question.QuerySelector("h1")!.InnerHtml, StringComparison.Ordinal);
        Assert.Empty(english.QuerySelectorAll("h1 bdi, h2 bdi, summary bdi"));
    }

    /// <summary>
    /// Every address in the sitemap, and a 404 in each language. Each check above holds for every page, so it
    /// would hold for none: the crawl itself fails unless it reaches real pages in both languages.
    /// </summary>
    private static async IAsyncEnumerable<(string Url, IDocument Page)> CrawlAsync(MassarApp app)
    {
        var client = app.CreateVisitor();
        var listed = (await client.GetSitemapAsync()).Select(u => SitemapReader.PathOf(u.Loc)).ToList();
        Assert.Contains("/ar/faq/forgot-password", listed);
        Assert.Contains("/en/faq", listed);
        foreach (var (path, status) in listed.Select(p => (p, HttpStatusCode.OK))
                     .Concat([("/ar/no-such-page", HttpStatusCode.NotFound), ("/en/no-such-page", HttpStatusCode.NotFound)]))
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == status, $"{path} answered {response.StatusCode}");
            var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
            Assert.True(page.QuerySelector("main h1") is not null, $"{path} is not a page of the site");
            yield return (path, page);
        }
    }
}
