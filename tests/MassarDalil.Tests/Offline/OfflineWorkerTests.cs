using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Offline;

/// <summary>
/// Reading offline: <c>/sw.js</c>, the worker, which changes with a release only, and the copy of a language's pages
/// each page names for it to save (<c>/offline-copy.json</c>): what it saves, what it never saves, and that a publish
/// gives pages a new copy in a new cache without a new worker.
/// </summary>
public partial class OfflineWorkerTests
{
    [Theory]
    [InlineData("ar")]
    [InlineData("fr")]
    public async Task EveryPageNamesTheCopyOfItsLanguageWhichHoldsItsFaqQuestionsCalculatorAndAssets(string language)
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        var page = await visitor.GetDocumentAsync($"/{language}/faq");
        var workerUrl = page.Body!.GetAttribute("data-offline-worker")!;
        var copyUrl = page.Body!.GetAttribute("data-offline-copy")!;

        using var workerResponse = await visitor.GetAsync(workerUrl);
        using var copyResponse = await visitor.GetAsync(copyUrl);
        var worker = await workerResponse.Content.ReadAsStringAsync();
        var copy = JsonDocument.Parse(await copyResponse.Content.ReadAsStringAsync()).RootElement;

        Assert.StartsWith("/sw.js?v=", workerUrl, StringComparison.Ordinal);
        Assert.StartsWith($"/offline-copy.json?lang={language}&v=", copyUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, workerResponse.StatusCode);
        Assert.Equal("text/javascript", workerResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-cache", workerResponse.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.OK, copyResponse.StatusCode);
        Assert.Equal("application/json", copyResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-cache", copyResponse.Headers.CacheControl!.ToString());
        Assert.StartsWith($"massar-offline-{language}-", copy.GetProperty("cache").GetString(), StringComparison.Ordinal);
        var pages = copy.GetProperty("pages").EnumerateArray().Select(p => p.GetString()!).ToList();
        var assets = Quoted(worker[..worker.IndexOf('\n', StringComparison.Ordinal)]);
        Assert.Equal($"/{language}/", pages[0]);
        Assert.Contains($"/{language}/faq", pages);
        Assert.Contains($"/{language}/faq/forgot-password", pages);
        Assert.Contains($"/{language}/tools/average", pages);
        Assert.Equal(34, pages.Count(p => p.StartsWith($"/{language}/faq/", StringComparison.Ordinal)));
        // What the page loads, at the same fingerprinted addresses, so the saved copy looks and works the same.
        foreach (var asset in page.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
        {
            Assert.Contains(asset, assets);
        }
        // Never the manager, the API, search, the manager's own files or another language's pages.
        Assert.All(pages.Concat(assets), p => Assert.DoesNotMatch(@"^/(manager|api|openapi)|^/[a-z]{2}/search(\.json|/|$)|manager\.", p));
        Assert.All(assets, p => Assert.Matches(@"^/(css|js)/|^/favicon\.", p));
        Assert.All(pages, p => Assert.StartsWith($"/{language}/", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APublishGivesPagesANewCopyInANewCacheButNotANewWorker()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        async Task<(string Worker, string Script, string Copy, string Cache)> NamedAsync()
        {
            var body = (await visitor.GetDocumentAsync("/en/faq/forgot-password")).Body!;
            var worker = body.GetAttribute("data-offline-worker")!;
            var copy = body.GetAttribute("data-offline-copy")!;
            var cache = JsonDocument.Parse(await visitor.GetStringAsync(copy)).RootElement.GetProperty("cache").GetString()!;
            return (worker, await visitor.GetStringAsync(worker), copy, cache);
        }
        var before = await NamedAsync();

        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("A newer answer."));
        var after = await NamedAsync();

        // Neither its address nor its bytes (which browsers compare) change: a worker that took over while a link
        // was followed could leave that navigation waiting for ever.
        Assert.Equal(before.Worker, after.Worker);
        Assert.Equal(before.Script, after.Script);
        Assert.NotEqual(before.Copy, after.Copy);
        Assert.StartsWith("massar-offline-en-", after.Cache, StringComparison.Ordinal);
        Assert.NotEqual(before.Cache, after.Cache);
    }

    [Theory]
    [InlineData("/offline-copy.json?lang=de")]
    [InlineData("/offline-copy.json?lang=")]
    [InlineData("/offline-copy.json")]
    public async Task ACopyOfNoSiteIsNotFound(string path)
    {
        using var app = new MassarApp();
        using var response = await app.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/ar/faq")]
    [InlineData("/sw.js")]
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

    private static List<string> Quoted(string text) => QuotedPath().Matches(text).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("\"(/[^\"]*)\"")]
    private static partial Regex QuotedPath();
}
