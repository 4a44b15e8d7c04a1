using System.Net;
using System.Text.RegularExpressions;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Offline;

/// <summary>
/// <c>/sw.js</c>, the worker that keeps a language's pages readable offline: what it saves, what it never saves,
/// and that a publish gives pages a new worker with a new cache.
/// </summary>
public partial class OfflineWorkerTests
{
    [Theory]
    [InlineData("ar")]
    [InlineData("fr")]
    public async Task EveryPageRegistersTheWorkerOfItsLanguageWhichSavesItsFaqQuestionsCalculatorAndAssets(string language)
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        var page = await visitor.GetDocumentAsync($"/{language}/faq");
        var workerUrl = page.Body!.GetAttribute("data-offline-worker")!;

        using var response = await visitor.GetAsync(workerUrl);
        var worker = await response.Content.ReadAsStringAsync();

        Assert.StartsWith($"/sw.js?lang={language}&v=", workerUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        var saved = Saved(worker);
        Assert.Contains($"/{language}/", saved);
        Assert.Contains($"/{language}/faq", saved);
        Assert.Contains($"/{language}/faq/forgot-password", saved);
        Assert.Contains($"/{language}/tools/average", saved);
        Assert.Equal(34, saved.Count(p => p.StartsWith($"/{language}/faq/", StringComparison.Ordinal)));
        // What the page loads, at the same fingerprinted addresses, so the saved copy looks and works the same.
        foreach (var asset in page.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
        {
            Assert.Contains(asset, saved);
        }
        // Never the manager, the API, search, the manager's own files or another language's pages.
        Assert.All(saved, p => Assert.DoesNotMatch(@"^/(manager|api|openapi)|^/[a-z]{2}/search(\.json|/|$)|manager\.", p));
        Assert.All(saved.Where(p => !p.StartsWith("/css/", StringComparison.Ordinal) && !p.StartsWith("/js/", StringComparison.Ordinal) && !p.StartsWith("/favicon.", StringComparison.Ordinal)),
            p => Assert.StartsWith($"/{language}/", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APublishGivesPagesANewWorkerWithANewCache()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        async Task<(string Url, string Cache)> WorkerAsync()
        {
            var url = (await visitor.GetDocumentAsync("/en/faq/forgot-password")).Body!.GetAttribute("data-offline-worker")!;
            return (url, CacheName().Match(await visitor.GetStringAsync(url)).Groups[1].Value);
        }
        var before = await WorkerAsync();

        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("A newer answer."));
        var after = await WorkerAsync();

        Assert.NotEqual(before.Url, after.Url);
        Assert.StartsWith("massar-offline-en-", after.Cache, StringComparison.Ordinal);
        Assert.NotEqual(before.Cache, after.Cache);
    }

    [Theory]
    [InlineData("/sw.js?lang=de")]
    [InlineData("/sw.js")]
    public async Task AWorkerForNoSiteIsNotFound(string path)
    {
        using var app = new MassarApp();
        using var response = await app.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/ar/faq")]
    [InlineData("/sw.js?lang=ar")]
    public async Task ThePolicyAllowsTheSitesOwnWorkerOnly(string path)
    {
        using var app = new MassarApp();
        using var response = await app.CreateVisitor().GetAsync(path);

        var directives = string.Join(';', response.Headers.GetValues("Content-Security-Policy")).Split(';', StringSplitOptions.TrimEntries);
        Assert.Contains("worker-src 'self'", directives);
    }

    [Fact]
    public async Task EveryPageHasAnEmptyPoliteRegionForTheSavedCopyNoticeInItsLanguage()
    {
        using var app = new MassarApp();
        var page = await app.CreateVisitor().GetDocumentAsync("/ar/tools/average");

        var notice = page.QuerySelector("[data-saved-copy-text]")!;
        Assert.Equal("status", notice.GetAttribute("role"));
        Assert.Equal("", notice.TextContent);
        Assert.StartsWith("لا يوجد اتصال", notice.GetAttribute("data-saved-copy-text"), StringComparison.Ordinal);
    }

    private static List<string> Saved(string worker) =>
        SavedPath().Matches(worker[..worker.IndexOf('\n', StringComparison.Ordinal)]).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("\"(/[^\"]*)\"")]
    private static partial Regex SavedPath();

    [GeneratedRegex("\"cache\":\"([^\"]+)\"")]
    private static partial Regex CacheName();
}
