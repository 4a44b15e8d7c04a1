using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using MassarDalil.Content.Import;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.PublicSite;

public class SitemapTests
{
    [Fact]
    public async Task SitemapListsEveryPublicPageInEveryLanguageIncludingEachQuestionPage()
    {
        using var app = new MassarApp();
        var urls = await app.CreateVisitor().GetSitemapAsync();

        var keys = SeedFolderReader.Read(TestPaths.Seed).Set!.Pages.Single(p => p.SiteKey == "ar" && p.Type == "faq").Content.AllQuestions.Select(q => q.Key);
        var expected = new[] { "ar", "en", "fr" }.SelectMany(lang => new[] { $"/{lang}/", $"/{lang}/faq", $"/{lang}/tools/average" }.Concat(keys.Select(k => $"/{lang}/faq/{k}")));
        Assert.Equal(expected.Order(StringComparer.Ordinal), urls.Select(u => SitemapReader.PathOf(u.Loc)).Order(StringComparer.Ordinal));
        Assert.All(urls, u => Assert.StartsWith("http://localhost/", u.Loc, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryEntryListsItsTranslationsReciprocallyAndTheXDefault()
    {
        using var app = new MassarApp();
        var urls = await app.CreateVisitor().GetSitemapAsync();
        var byLoc = urls.ToDictionary(u => u.Loc);

        foreach (var url in urls)
        {
            Assert.Equal(["ar", "en", "fr", "x-default"], url.Alternates.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("http://localhost/", url.Alternates["x-default"]);
            Assert.Contains(url.Loc, url.Alternates.Values);
            foreach (var language in new[] { "ar", "en", "fr" })
            {
                // The translation is in the sitemap too and points back with the same set.
                Assert.Equal(url.Alternates, byLoc[url.Alternates[language]].Alternates);
            }
        }
        Assert.Equal("http://localhost/en/faq/forgot-password", byLoc["http://localhost/ar/faq/forgot-password"].Alternates["en"]);
        Assert.Equal("http://localhost/fr/faq/forgot-password", byLoc["http://localhost/ar/faq/forgot-password"].Alternates["fr"]);
        Assert.Equal("http://localhost/ar/faq/forgot-password", byLoc["http://localhost/fr/faq/forgot-password"].Alternates["ar"]);
    }

    [Fact]
    public async Task LastModifiedIsWhenThePageRevisionWasPublished()
    {
        using var app = new MassarApp();
        var urls = await app.CreateVisitor().GetSitemapAsync();
        var published = await app.WithDbAsync(db => db.Pages.Include(p => p.PublishedRevision)
            .ToDictionaryAsync(p => $"{p.SiteKey}/{p.Type}", p => p.PublishedRevision!.CreatedAt));

        string Expected(string key) => published[key].UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var lastModified = urls.ToDictionary(u => SitemapReader.PathOf(u.Loc), u => u.LastModified);
        Assert.Equal(Expected("ar/home"), lastModified["/ar/"]);
        Assert.Equal(Expected("en/faq"), lastModified["/en/faq"]);
        Assert.Equal(Expected("ar/faq"), lastModified["/ar/faq/forgot-password"]);
    }

    [Fact]
    public async Task TheGradeAverageCalculatorIsListedInEachLanguageWithItsTranslation()
    {
        using var app = new MassarApp();
        var urls = await app.CreateVisitor().GetSitemapAsync();

        var arabic = Assert.Single(urls, u => u.Loc == "http://localhost/ar/tools/average");
        var english = Assert.Single(urls, u => u.Loc == "http://localhost/en/tools/average");
        Assert.Equal("http://localhost/en/tools/average", arabic.Alternates["en"]);
        Assert.Equal(arabic.Alternates, english.Alternates);
    }

    [Fact]
    public async Task TheCalculatorsLastModifiedIsWhenItsSitesTextsWerePublished()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        using var app = SeededOn(clock);
        var visitor = app.CreateVisitor();
        Task<Dictionary<string, string>> LastModifiedAsync() => LastModifiedByPathAsync(visitor);
        var seeded = await LastModifiedAsync();
        Assert.All(new[] { "ar", "en", "fr" }, lang => Assert.Equal("2026-01-05T09:00:00Z", seeded[$"/{lang}/tools/average"]));

        clock.Advance(TimeSpan.FromDays(1)); // the English calculator's heading is reworded
        await app.PublishAsync("en", SiteTextsPage.Key, c => c with { Texts = new Dictionary<string, string>(c.Texts) { ["average.title"] = "Average calculator" } });
        var afterEnglish = await LastModifiedAsync();
        clock.Advance(TimeSpan.FromDays(1)); // the default (Arabic) site's texts, which the others fall back on
        await app.PublishAsync("ar", SiteTextsPage.Key, c => c with { Texts = new Dictionary<string, string>(c.Texts) { ["average.title"] = "حاسبة المعدل" } });
        var afterArabic = await LastModifiedAsync();

        Assert.Equal("2026-01-06T09:00:00Z", afterEnglish["/en/tools/average"]);
        Assert.Equal("2026-01-05T09:00:00Z", afterEnglish["/ar/tools/average"]);
        Assert.Equal("2026-01-05T09:00:00Z", afterEnglish["/fr/tools/average"]);
        Assert.All(new[] { "ar", "en", "fr" }, lang => Assert.Equal("2026-01-07T09:00:00Z", afterArabic[$"/{lang}/tools/average"]));
        Assert.Equal("Average calculator", (await visitor.GetDocumentAsync("/en/tools/average")).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task AQuestionPagesLastModifiedMovesOnlyWhenThatQuestionOrItsTopicChanges()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        using var app = SeededOn(clock);
        var visitor = app.CreateVisitor();
        Task<Dictionary<string, string>> LastModifiedAsync() => LastModifiedByPathAsync(visitor);
        var seeded = await LastModifiedAsync();
        var faq = await app.WithDbAsync(db => db.Pages.AsNoTracking().SingleAsync(p => p.SiteKey == "en" && p.TranslationKey == "faq"));
        var (first, second) = (faq.Draft.Topics[0], faq.Draft.Topics[1]);
        Assert.Equal("2026-01-05T09:00:00Z", seeded[$"/en/faq/{first.Questions[0].Key}"]);

        clock.Advance(TimeSpan.FromDays(1)); // 6 January: one answer changes, and the FAQ's introduction
        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("A new answer.") with { Description = "Changed." });
        var afterAnswer = await LastModifiedAsync();
        clock.Advance(TimeSpan.FromDays(1)); // 7 January: the second topic is renamed
        await app.PublishAsync("en", "faq", c => c with { Topics = c.Topics.Select((t, i) => i == 1 ? t with { Title = "Renamed" } : t).ToList() });
        var afterTopic = await LastModifiedAsync();
        clock.Advance(TimeSpan.FromDays(1)); // 8 January: published again with nothing changed in any question
        await app.PublishAsync("en", "faq", c => c with { Description = "Changed again." });
        var afterNothing = await LastModifiedAsync();

        Assert.Equal("2026-01-06T09:00:00Z", afterAnswer[$"/en/faq/{first.Questions[0].Key}"]);
        Assert.Equal("2026-01-05T09:00:00Z", afterAnswer[$"/en/faq/{first.Questions[1].Key}"]);
        Assert.Equal("2026-01-06T09:00:00Z", afterAnswer["/en/faq"]);
        Assert.All(second.Questions, q => Assert.Equal("2026-01-07T09:00:00Z", afterTopic[$"/en/faq/{q.Key}"]));
        Assert.Equal("2026-01-06T09:00:00Z", afterTopic[$"/en/faq/{first.Questions[0].Key}"]);
        Assert.Equal("2026-01-05T09:00:00Z", afterTopic[$"/en/faq/{first.Questions[1].Key}"]);
        Assert.Equal("2026-01-08T09:00:00Z", afterNothing["/en/faq"]);
        Assert.Equal(afterTopic.Where(e => e.Key.StartsWith("/en/faq/", StringComparison.Ordinal)),
            afterNothing.Where(e => e.Key.StartsWith("/en/faq/", StringComparison.Ordinal)));
        Assert.Equal(seeded["/ar/faq/" + first.Questions[0].Key], afterNothing["/ar/faq/" + first.Questions[0].Key]);
    }

    [Fact]
    public async Task APublishedGuideAppearsWithItsTranslation()
    {
        using var app = new MassarApp();
        await app.PublishAsync("ar", "activation-guide", "دليل التفعيل", "خطوات تفعيل الحساب.", "activation-guide");
        await app.PublishAsync("en", "activation-guide", "Activation guide", "How to activate an account.", "activation-guide");

        var urls = await app.CreateVisitor().GetSitemapAsync();

        var guide = Assert.Single(urls, u => u.Loc == "http://localhost/ar/activation-guide");
        Assert.Equal("http://localhost/en/activation-guide", guide.Alternates["en"]);
    }

    [Fact]
    public async Task EveryAddressInTheSitemapAnswers()
    {
        using var app = new MassarApp();
        var client = app.CreateVisitor();

        foreach (var url in await client.GetSitemapAsync())
        {
            using var response = await client.GetAsync(SitemapReader.PathOf(url.Loc));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url.Loc} gave {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task AConfiguredBaseUrlIsUsedForTheSitemapRobotsAndCanonicalLinks()
    {
        using var app = new MassarApp(new() { ["PublicSite:BaseUrl"] = "https://dalil.example.ma/" });
        var client = app.CreateVisitor();

        var urls = await client.GetSitemapAsync();
        var robots = await client.GetStringAsync("/robots.txt");
        var page = await client.GetDocumentAsync("/ar/faq");

        Assert.All(urls, u => Assert.StartsWith("https://dalil.example.ma/", u.Loc, StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://dalil.example.ma/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Equal("https://dalil.example.ma/ar/faq", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ACrawlerHoldingTheCurrentCopyIsAnswered304AndAnyOtherCopyGetsTheFile()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        foreach (var path in new[] { "/sitemap.xml", "/robots.txt" })
        {
            using var first = await visitor.GetAsync(path);
            var etag = first.Headers.ETag!;
            var lastModified = first.Content.Headers.LastModified!.Value;

            using var sameTag = await SendAsync(visitor, path, r => r.Headers.IfNoneMatch.Add(etag));
            using var anyTag = await SendAsync(visitor, path, r => r.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any));
            using var sameTime = await SendAsync(visitor, path, r => r.Headers.IfModifiedSince = lastModified);
            using var otherTag = await SendAsync(visitor, path, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0-old\"", isWeak: true)));
            using var earlier = await SendAsync(visitor, path, r => r.Headers.IfModifiedSince = lastModified.AddSeconds(-1));
            // If-None-Match decides when both are sent: a stale tag with a current date still gets the file.
            using var both = await SendAsync(visitor, path, r =>
            {
                r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0-old\"", isWeak: true));
                r.Headers.IfModifiedSince = lastModified;
            });

            foreach (var current in new[] { sameTag, anyTag, sameTime })
            {
                Assert.Equal(HttpStatusCode.NotModified, current.StatusCode);
                Assert.Equal(etag, current.Headers.ETag);
                Assert.Empty(await current.Content.ReadAsByteArrayAsync());
            }
            foreach (var other in new[] { otherTag, earlier, both })
            {
                Assert.Equal(HttpStatusCode.OK, other.StatusCode);
                Assert.Equal(await first.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
            }
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, Action<HttpRequestMessage> conditions)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        conditions(request);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task RobotsTxtNamesTheSitemapAndKeepsCrawlersOutOfTheManager()
    {
        using var app = new MassarApp();
        using var response = await app.CreateVisitor().GetAsync("/robots.txt");
        var robots = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /manager", robots, StringComparison.Ordinal);
    }

    // Seeded afresh on the clock (naming the seed path opts out of the template seeded earlier in the run).
    private static MassarApp SeededOn(ManualClock clock) =>
        new(new() { ["Content:SeedPath"] = TestPaths.Seed }, services: s => s.AddSingleton<TimeProvider>(clock));

    private static async Task<Dictionary<string, string>> LastModifiedByPathAsync(HttpClient visitor) =>
        (await visitor.GetSitemapAsync()).ToDictionary(u => SitemapReader.PathOf(u.Loc), u => u.LastModified);
}
