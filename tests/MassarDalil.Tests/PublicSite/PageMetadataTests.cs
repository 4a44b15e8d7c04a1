using AngleSharp.Dom;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.PublicSite;

public class PageMetadataTests(PageMetadataTests.SiteWithGuide site) : IClassFixture<PageMetadataTests.SiteWithGuide>
{
    /// <summary>The seed and a guide in each language: what the theories below read, published once for all of them.</summary>
    public sealed class SiteWithGuide() : ReadOnlySite(async app =>
    {
        await app.PublishAsync("ar", "activation-guide", "دليل تفعيل الحساب", "خطوات تفعيل حساب مسار.", "activation-guide");
        await app.PublishAsync("en", "activation-guide", "Account activation guide", "How to activate a Massar account.", "activation-guide");
        await app.PublishAsync("fr", "activation-guide", "Guide d'activation du compte", "Comment activer un compte Massar.", "activation-guide");
    });

    public static TheoryData<string, string> Pages => new()
    {
        { "/ar/", "ar" }, { "/en/", "en" }, { "/fr/", "fr" },
        { "/ar/faq", "ar" }, { "/en/faq", "en" }, { "/fr/faq", "fr" },
        { "/ar/faq/forgot-password", "ar" }, { "/en/faq/nfc-who-can-use", "en" }, { "/fr/faq/average-calculation", "fr" },
        { "/ar/activation-guide", "ar" }, { "/en/activation-guide", "en" }, { "/fr/activation-guide", "fr" },
    };

    private static readonly Dictionary<string, string> Locales = new(StringComparer.Ordinal) { ["ar"] = "ar_MA", ["en"] = "en_US", ["fr"] = "fr_MA" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageHasATitleDescriptionSelfCanonicalAndReciprocalAlternates(string path, string language)
    {
        var app = await site.AppAsync();
        var client = app.CreateVisitor();
        var page = await client.GetDocumentAsync(path);

        AssertTitleAndDescription(page);
        var self = "http://localhost" + path;
        Assert.Equal(self, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var alternates = Alternates(page);
        Assert.Equal(["ar", "en", "fr", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(self, alternates[language]);
        Assert.Equal("http://localhost/", alternates["x-default"]);

        // Each other language's page points back here with the same set.
        foreach (var other in alternates.Where(a => a.Key != language && a.Key != "x-default"))
        {
            var translation = await client.GetDocumentAsync(new Uri(other.Value).PathAndQuery);
            Assert.Equal(alternates, Alternates(translation));
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageDescribesItselfForSharingWithOpenGraphAndATwitterCard(string path, string language)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync(path);

        Assert.Equal(page.Title, Meta(page, "og:title"));
        Assert.Equal(Meta(page, "description"), Meta(page, "og:description"));
        Assert.Equal("http://localhost" + path, Meta(page, "og:url"));
        Assert.Equal(Locales[language], Meta(page, "og:locale"));
        Assert.Equal(Locales.Where(l => l.Key != language).Select(l => l.Value).Order(StringComparer.Ordinal),
            page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")!).Order(StringComparer.Ordinal));
        Assert.Equal(language == "ar" ? "دليل مسار" : "Massar Dalil", Meta(page, "og:site_name"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card")); // the social card is 1200x630
        Assert.Equal(page.Title, Meta(page, "twitter:title"));
        Assert.Equal(Meta(page, "description"), Meta(page, "twitter:description"));
    }

    [Theory]
    [InlineData("/ar/no-such-page", "ar")]
    [InlineData("/en/faq/no-such-question", "en")]
    public async Task TheNotFoundPageHasATitleAndDescriptionButStaysOutOfSearchEngines(string path, string language)
    {
        using var app = new MassarApp();
        using var response = await app.CreateVisitor().GetAsync(path);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        AssertTitleAndDescription(page);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("noindex", Meta(page, "robots"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Empty(page.QuerySelectorAll("link[rel=alternate]"));
    }

    [Fact]
    public async Task TheErrorPageApologisesWithoutDetailsAndStaysOutOfSearchEngines()
    {
        using var app = new MassarApp(services: s => s.Configure<MvcOptions>(o => o.Filters.Add(new FailingPageFilter(HttpMethods.Get))));
        using var response = await app.CreateVisitor().GetAsync("/ar/tools/average");
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("حدث خطأ", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(nameof(FailingPageFilter), page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal("noindex", Meta(page, "robots"));
        AssertTitleAndDescription(page);
    }

    [Theory]
    [InlineData("/error")]
    [InlineData("/error?lang=en")]
    [InlineData("/ERROR")]
    public async Task TheErrorPageAskedForByItsAddressIsNotFoundBecauseNothingFailed(string path)
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("الصفحة غير موجودة", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task AQuestionPageIsDescribedByTheStartOfItsAnswerOnOneLine()
    {
        using var app = new MassarApp();
        var page = await app.CreateVisitor().GetDocumentAsync("/en/faq/forgot-password");

        var description = Meta(page, "description");
        Assert.InRange(description.Length, 50, 160);
        Assert.DoesNotContain('\n', description);
        Assert.Equal("I forgot my password. Where do I start? | Massar Dalil", page.Title);
        Assert.Equal("article", Meta(page, "og:type"));
    }

    [Theory]
    [InlineData("/fr/faq/forgot-username", "Votre identifiant est souvent votre code Massar\u202F: l'identifiant")]
    [InlineData("/fr/faq/incorrect-password", "Vérifiez d'abord ces trois points\u202F: Votre clavier")]
    public async Task AFrenchDescriptionKeepsTheNarrowNoBreakSpaceOfItsAnswer(string path, string start)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync(path);

        Assert.StartsWith(start, Meta(page, "description"), StringComparison.Ordinal);
        Assert.Equal(Meta(page, "description"), Meta(page, "og:description"));
    }

    [Theory]
    [InlineData("/fr/faq", "Massar Dalil\u202F: Un guide indépendant de la plateforme scolaire Massar du Maroc")]
    [InlineData("/en/faq", "Massar Dalil: An independent guide to Morocco's Massar school platform")]
    public async Task TheSharingImageIsDescribedByTheSitesNameAndTaglineInItsOwnPunctuation(string path, string alt)
    {
        var app = await site.AppAsync();

        Assert.Equal(alt, Meta(await app.CreateVisitor().GetDocumentAsync(path), "og:image:alt"));
    }

    [Fact]
    public async Task TheManifestAndIconEveryPageNamesAreServedAndTheManifestIsValid()
    {
        using var app = new MassarApp();
        var client = app.CreateVisitor();
        var page = await client.GetDocumentAsync("/en/");

        using var manifestResponse = await client.GetAsync(page.QuerySelector("link[rel=manifest]")!.GetAttribute("href"));
        using var manifest = System.Text.Json.JsonDocument.Parse(await manifestResponse.Content.ReadAsStringAsync());
        using var icon = await client.GetAsync(page.QuerySelector("link[rel=icon]")!.GetAttribute("href"));

        Assert.Equal("application/manifest+json", manifestResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType!.MediaType);
        var root = manifest.RootElement;
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("name").GetString()));
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        foreach (var entry in root.GetProperty("icons").EnumerateArray())
        {
            using var response = await client.GetAsync(entry.GetProperty("src").GetString());
            Assert.Equal(entry.GetProperty("type").GetString(), response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageNamesItsSitesSocialCardA1200By630Png(string path, string language)
    {
        var app = await site.AppAsync();
        var client = app.CreateVisitor();
        var page = await client.GetDocumentAsync(path);

        var card = Meta(page, "og:image");
        Assert.Equal($"http://localhost/img/social-{language}.png", card);
        Assert.Equal(("1200", "630", "image/png"), (Meta(page, "og:image:width"), Meta(page, "og:image:height"), Meta(page, "og:image:type")));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:image:alt")));
        Assert.Equal((1200, 630), await PngSizeAsync(client, card));
    }

    [Fact]
    public async Task PngIconsOf192And512AndAnAppleTouchIconAreInTheManifestAndTheHead()
    {
        using var app = new MassarApp();
        var client = app.CreateVisitor();
        var page = await client.GetDocumentAsync("/ar/faq");
        using var manifest = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(page.QuerySelector("link[rel=manifest]")!.GetAttribute("href")));

        var pngs = manifest.RootElement.GetProperty("icons").EnumerateArray().Where(i => i.GetProperty("type").GetString() == "image/png").ToList();
        foreach (var size in new[] { 192, 512 })
        {
            var icon = Assert.Single(pngs, i => i.GetProperty("sizes").GetString() == $"{size}x{size}" && i.GetProperty("purpose").GetString() == "any");
            Assert.Equal((size, size), await PngSizeAsync(client, icon.GetProperty("src").GetString()!));
        }
        Assert.Contains(pngs, i => i.GetProperty("purpose").GetString() == "maskable");
        var headIcon = page.QuerySelector("link[rel=icon][type='image/png']")!;
        Assert.Equal("192x192", headIcon.GetAttribute("sizes"));
        Assert.Equal((192, 192), await PngSizeAsync(client, headIcon.GetAttribute("href")!));
        Assert.Equal((180, 180), await PngSizeAsync(client, page.QuerySelector("link[rel=apple-touch-icon]")!.GetAttribute("href")!));
    }

    /// <summary>Fetches a PNG and reads its size from the IHDR chunk, as an image decoder would.</summary>
    private static async Task<(int Width, int Height)> PngSizeAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    private static void AssertTitleAndDescription(IDocument page)
    {
        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "description")));
    }

    private static string Meta(IDocument page, string name) =>
        page.QuerySelector($"meta[name='{name}'], meta[property='{name}']")?.GetAttribute("content")
            ?? throw new Xunit.Sdk.XunitException($"no meta {name} on {page.Title}");

    private static Dictionary<string, string> Alternates(IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
}
