using System.Net.Http.Headers;
using MassarDalil.Cli.Commands;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Caching;

public class OutputCachingTests
{
    [Theory]
    [InlineData("/ar/faq")]
    [InlineData("/en/")]
    [InlineData("/en/faq/forgot-username")]
    [InlineData("/api/v1/ar/pages/faq")]
    [InlineData("/api/v1/sites")]
    public async Task PublicPagesAndApiResponsesAreServedFromTheCacheTheSecondTime(string path)
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        using var first = await visitor.GetAsync(path);
        using var second = await visitor.GetAsync(path);

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/en/faq", "?utm_source=whatsapp")]
    [InlineData("/en/faq", "?x=1")]
    [InlineData("/ar/faq/forgot-password", "?fbclid=abc&x=%ff")]
    [InlineData("/en/faq", "?thanks=no-such-question")]
    [InlineData("/api/v1/ar/pages/faq", "?x=2")]
    public async Task AQueryAPageDoesNotReadIsServedThePagesOwnEntry(string path, string query)
    {
        // Each made-up query was a page rendered, compressed and kept again: cheap for anyone to ask for, and a way
        // to push real pages out of the cache.
        using var app = new MassarApp(services: RecordingCacheStore.Install(out var store));
        var visitor = app.CreateVisitor();
        using var page = await visitor.GetAsync(path);
        var stored = store().Stored.Count;

        using var withQuery = await visitor.GetAsync(path + query);
        using var another = await visitor.GetAsync(path + query + "1");

        Assert.NotNull(withQuery.Headers.Age);
        Assert.NotNull(another.Headers.Age);
        Assert.Equal(await page.Content.ReadAsStringAsync(), await withQuery.Content.ReadAsStringAsync());
        Assert.Equal(stored, store().Stored.Count);
    }

    [Fact]
    public async Task TheFeedbackQueryOfOneOfTheSitesQuestionsHasItsOwnEntry()
    {
        // After a vote without JavaScript the page comes back thanking for that question (FeedbackTests).
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        var plain = await visitor.GetDocumentAsync("/en/faq");

        var thanked = await visitor.GetDocumentAsync("/en/faq?thanks=pass-mark");
        var again = await visitor.GetDocumentAsync("/en/faq?thanks=pass-mark");
        var asked = await visitor.GetDocumentAsync("/en/faq?why=pass-mark");

        var box = (AngleSharp.Dom.IDocument d) => d.GetElementById("feedback-pass-mark")!.TextContent;
        Assert.NotEqual(box(plain), box(thanked));
        Assert.Equal(box(thanked), box(again));
        Assert.NotEqual(box(thanked), box(asked));
        Assert.NotEqual(box(plain), box(asked));
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/ar/no-such-page")]
    [InlineData("/api/v1/en/pages/no-such-page")]
    [InlineData("/")]
    public async Task ErrorsRedirectsAndHealthAreNeverCached(string path)
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        using var first = await visitor.GetAsync(path);
        using var second = await visitor.GetAsync(path);

        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task RequestsCarryingCredentialsBypassTheCache()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        using var warm = await visitor.GetAsync("/en/faq");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/faq");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "anything");
        using var response = await visitor.SendAsync(request);

        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public async Task AfterAChangeInTheDatabaseTheNextResponseIsTheNewOne()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        Assert.DoesNotContain("Changed behind the cache", await visitor.GetStringAsync("/en/faq"), StringComparison.Ordinal);
        Assert.DoesNotContain("Changed behind the cache", await visitor.GetStringAsync("/api/v1/en/pages/faq"), StringComparison.Ordinal);

        // Another server publishes: this one's database changes, its memory does not (yet).
        await app.WithDbAsync(async (db, services) =>
        {
            var page = db.Pages.Single(p => p.SiteKey == "en" && p.TranslationKey == "faq");
            page.Draft = page.Draft.WithFirstAnswer("Changed behind the cache.");
            await services.GetRequiredService<MassarDalil.Content.Publishing.Publisher>().StagePublishAsync(page, "other-server");
            await db.SaveChangesAsync();
            return true;
        });
        await app.RefreshContentAsync(); // what the one-second watcher does

        Assert.Contains("Changed behind the cache.", await visitor.GetStringAsync("/en/faq"), StringComparison.Ordinal);
        Assert.Contains("Changed behind the cache.", await visitor.GetStringAsync("/api/v1/en/pages/faq"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImportByTheCliWhileTheSiteRunsReachesVisitorsWithinTwoSeconds()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        Assert.DoesNotContain("Imported while running", await visitor.GetStringAsync("/en/faq"), StringComparison.Ordinal);
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Write("en/faq.md", File.ReadAllText(seed.File("en/faq.md"))
            .Replace("Yes. All the guides and tools on this site are free.", "Yes. Imported while running.", StringComparison.Ordinal));

        using var cli = MassarDalil.Cli.Program.BuildHost([], new Dictionary<string, string?>(app.DatabaseSettings));
        Assert.Equal(0, await CommandLine.RunAsync(cli.Services, ["import", seed.Path], TextWriter.Null, TextWriter.Null));
        var imported = DateTimeOffset.UtcNow;

        var seen = await Eventually.WithinAsync(TimeSpan.FromSeconds(10), async () =>
            (await visitor.GetStringAsync("/en/faq")).Contains("Imported while running.", StringComparison.Ordinal));
        Assert.True(seen, "the import never reached visitors");
        Assert.True(DateTimeOffset.UtcNow - imported < TimeSpan.FromSeconds(2) + Eventually.Slack, $"took {DateTimeOffset.UtcNow - imported}");
    }

    [Fact]
    public async Task EntriesAreTaggedBySiteAndPage()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        foreach (var path in new[] { "/ar/faq", "/ar/faq/forgot-username", "/en/faq", "/api/v1/ar/pages/faq", "/ar/" })
        {
            using var warm = await visitor.GetAsync(path);
        }

        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync("page:ar:faq", default);

        Assert.False(await IsCachedAsync(visitor, "/ar/faq"));
        Assert.False(await IsCachedAsync(visitor, "/ar/faq/forgot-username"));
        Assert.False(await IsCachedAsync(visitor, "/api/v1/ar/pages/faq"));
        Assert.True(await IsCachedAsync(visitor, "/en/faq"));
        Assert.True(await IsCachedAsync(visitor, "/ar/"));
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync("site:ar", default);
        Assert.False(await IsCachedAsync(visitor, "/ar/"));
        Assert.True(await IsCachedAsync(visitor, "/en/faq"));
    }

    private static async Task<bool> IsCachedAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.Headers.Age is not null;
    }
}
