using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Search;

/// <summary>
/// One language that cannot be indexed does not hold the others back: they are indexed anew and find what was just
/// published, while its own search answers from its previous index until a rebuild succeeds; the log, the manager's
/// dashboard and readiness say which language failed and why.
/// </summary>
public class IndexFailureTests
{
    [Fact]
    public async Task ALanguageThatFailsKeepsItsPreviousIndexWhileTheOthersFindWhatWasJustPublished()
    {
        var french = new FailingIndexer("fr");
        var logs = new CapturedLogs();
        using var app = ManagerAccess.NewApp(services: s => s.AddSingleton<LanguageIndexer>(french).AddSingleton<ILoggerProvider>(logs));
        var manager = (await app.SignedInAsync()).InEnglish();
        var index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        var before = IndexCarryOverTests.Languages(index);

        french.Failing = true;
        await IndexRebuildTests.PublishQuestionAsync(app, "en", "zanzibar", "Is Zanzibar in Massar?", "No, Zanzibar is not.");
        await IndexRebuildTests.PublishQuestionAsync(app, "fr", "zanzibar", "Zanzibar est-il dans Massar ?", "Non, Zanzibar n'y est pas.");
        index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);

        Assert.Equal("/en/faq#zanzibar", Assert.Single((await index.SearchAsync("en", "zanzibar")).Hits).Url);
        Assert.Same(before["fr"], IndexCarryOverTests.Languages(index)["fr"]);
        Assert.False((await index.SearchAsync("fr", "zanzibar")).Found);
        Assert.Contains("forgot-password", (await index.SearchAsync("fr", "mot de passe")).Hits.Select(h => h.Key));
        // Once or twice: a rebuild may start after both publishes and a second one follow it.
        var failures = logs.Entries.Where(l => l.Level == LogLevel.Error && l.Category == typeof(SearchIndexer).FullName).ToList();
        Assert.NotEmpty(failures);
        Assert.All(failures, failure =>
        {
            Assert.Contains("language fr", failure.Message, StringComparison.Ordinal);
            Assert.Equal(FailingIndexer.Reason, failure.Exception?.Message);
        });
        var problem = Assert.Single((await manager.GetDocumentAsync("/manager")).QuerySelectorAll("section[aria-labelledby='search-failure-title'] li"));
        Assert.Equal($"French: {FailingIndexer.Reason}", problem.TextContent.Trim());
        Assert.Equal("Degraded", await ReadinessAsync(app));

        // The next rebuild, whatever starts it, tries the language again.
        french.Failing = false;
        await app.WithDbAsync(db => db.ContentState.ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1)));
        index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);

        Assert.Equal("/fr/faq#zanzibar", Assert.Single((await index.SearchAsync("fr", "zanzibar")).Hits).Url);
        await Eventually.WithinAsync(TimeSpan.FromSeconds(5), () => Task.FromResult(before["fr"].Closed));
        Assert.True(before["fr"].Closed, "the French index no generation serves any more is still open");
        Assert.Null((await manager.GetDocumentAsync("/manager")).QuerySelector("section[aria-labelledby='search-failure-title']"));
        Assert.Equal("Healthy", await ReadinessAsync(app));
    }

    private static async Task<string> ReadinessAsync(MassarApp app)
    {
        using var ready = await app.CreateVisitor().GetAsync("/healthz/ready");
        return await ready.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task ALanguageThatFailsAtTheFirstBuildSaysItsSearchIsNotWorkingWhileTheOthersAnswer()
    {
        using var app = new MassarApp(services: s => s.AddSingleton<LanguageIndexer>(new FailingIndexer("ar") { Failing = true }));
        var visitor = app.CreateVisitor();

        var index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);

        Assert.Equal(["en", "fr"], IndexCarryOverTests.Languages(index).Keys.Order());
        Assert.Contains("forgot-password", (await index.SearchAsync("en", "password")).Hits.Select(h => h.Key));
        Assert.Contains("forgot-password", (await index.SearchAsync("fr", "mot de passe")).Hits.Select(h => h.Key));
        Assert.Equal(SearchProblem.Unavailable, (await index.SearchAsync("ar", "كلمة السر")).Problem);

        // Not "nothing found": the visitor is told search is not working and offered the questions by topic.
        const string NotWorking = "البحث بهذه اللغة لا يعمل حاليًا. تصفّح الأسئلة حسب الموضوع بدلًا منه.";
        using var page = await visitor.GetAsync("/ar/search?q=" + Uri.EscapeDataString("كلمة السر"));
        var document = await Html.ParseAsync(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(NotWorking, document.QuerySelector("#search-results [data-status]")!.TextContent);
        Assert.Equal("/ar/faq", document.QuerySelector("#search-results [data-no-results] a")!.GetAttribute("href"));
        Assert.Empty(document.QuerySelectorAll("#search-results .results li"));

        using var live = await visitor.GetAsync("/ar/search.json?q=" + Uri.EscapeDataString("zorglub"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, live.StatusCode);
        Assert.Equal(NotWorking, (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());

        using var api = await visitor.GetAsync("/api/v1/ar/search?q=zorglub");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Unavailable", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        // A search that could not run is no miss for the editors' list, from the page or the box.
        (await visitor.PostSettledMissAsync("ar", "zorglub")).Dispose();
        Assert.Empty(await app.StoredMissesAsync());
        using var english = await visitor.GetAsync("/en/search?q=zorglub");
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal(["zorglub"], await app.StoredMissesAsync());
    }

    /// <summary>The site's own indexer, made to fail for the sites whose culture starts with a language's key.</summary>
    private sealed class FailingIndexer(string language) : LanguageIndexer
    {
        public const string Reason = "made to fail by the test";

        public volatile bool Failing;

        public override LanguageIndex Index(IndexSource source) =>
            Failing && source.Culture.StartsWith(language, StringComparison.Ordinal) ? throw new InvalidOperationException(Reason) : base.Index(source);
    }
}
