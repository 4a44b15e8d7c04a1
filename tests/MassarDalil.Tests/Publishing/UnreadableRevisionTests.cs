using System.Data.Common;
using System.Net;
using MassarDalil.Content.Data;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Publishing;

/// <summary>
/// A published revision whose stored content cannot be read at all (a corrupt row, a shape no version wrote) costs its
/// own page only: the site starts, the page is left out and flagged, readiness says Degraded, and publishing the page
/// again from the manager brings it back.
/// </summary>
public class UnreadableRevisionTests
{
    private static readonly Dictionary<string, string?> Admin = new()
    {
        ["Admin:Email"] = ManagerAccess.AdminEmail,
        ["Admin:Password"] = ManagerAccess.AdminPassword,
    };

    public static TheoryData<string> Corruptions =>
    [
        "not json",
        "",
        "null",
        "[]",
        "42",
        "{\"unexpected\": [1, 2]}",
        "{\"title\": null}",
        "{\"title\": \"x\", \"topics\": [null]}",
        "{\"title\": \"x\", \"topics\": [{\"key\": \"t\", \"title\": \"T\", \"questions\": [{\"key\": \"q\"}]}]}",
        "{\"title\": \"x\"",
    ];

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task ARevisionThatCannotBeReadLeavesItsPageOutAndEverythingElseServes(string stored)
    {
        using var database = new TestDatabase();
        SeededTemplate.CopySqliteTo(database.Path);
        await database.ExecuteAsync($"UPDATE Revisions SET Content = '{stored.Replace("'", "''", StringComparison.Ordinal)}' " +
            "WHERE Id = (SELECT PublishedRevisionId FROM Pages WHERE SiteKey = 'en' AND Type = 'faq')");
        var faqId = Convert.ToInt32((await database.QueryAsync("SELECT Id FROM Pages WHERE SiteKey = 'en' AND Type = 'faq'"))[0][0], System.Globalization.CultureInfo.InvariantCulture);
        var logs = new CapturedLogs();
        using var app = new MassarApp(Admin, databasePath: database.Path);
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var visitor = logged.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var path in new[] { "/en/", "/ar/", "/ar/faq", "/en/search?q=password", "/sitemap.xml", "/api/v1/en/pages", "/manager/login" })
        {
            using var response = await visitor.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
        using (var left = await visitor.GetAsync("/en/faq"))
        {
            Assert.Equal(HttpStatusCode.NotFound, left.StatusCode);
        }
        using (var ready = await visitor.GetAsync("/healthz/ready"))
        {
            Assert.Equal((HttpStatusCode.OK, "Degraded"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        }
        Assert.Contains(logs.Entries, l => l.Level == LogLevel.Error && l.Message.StartsWith("Left /en/faq out of the public site", StringComparison.Ordinal));

        // The dashboard names the page; publishing it again (its draft is intact) brings it back.
        var manager = logged.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SignInAsync(ManagerAccess.AdminEmail, ManagerAccess.AdminPassword)).StatusCode);
        var dashboard = await manager.GetDocumentAsync("/manager");
        var flagged = dashboard.QuerySelector($"#unrendered a[href='/manager/faq/{faqId}']");
        Assert.NotNull(flagged);
        Assert.Contains("تعذّرت قراءة نسختها المنشورة", flagged.ParentElement!.TextContent, StringComparison.Ordinal);
        var editor = await manager.GetDocumentAsync($"/manager/faq/{faqId}");
        using var published = await manager.SaveFaqAsync(editor, "publish", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        using (var back = await visitor.GetAsync("/en/faq"))
        {
            Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        }
        Assert.Equal("Healthy", await visitor.GetStringAsync("/healthz/ready"));
        // The corrupt row itself is kept as it was found: nothing the site did wrote over it.
        Assert.Equal(1, await database.CountAsync($"SELECT COUNT(*) FROM Revisions WHERE Content = '{stored.Replace("'", "''", StringComparison.Ordinal)}'"));
    }

    [Fact]
    public async Task ReadinessSaysWhenTheSnapshotCouldNotBeRebuiltAndTheWatcherLogsItOnceWhileItLasts()
    {
        using var database = new TestDatabase();
        var checks = new ContentVersionReads();
        var logs = new CapturedLogs();
        using var app = new MassarApp(databasePath: database.Path,
            services: s => s.ConfigureDbContext<SqliteContentDbContext>(o => o.AddInterceptors(checks)));
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var visitor = logged.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal("Healthy", await visitor.GetStringAsync("/healthz/ready"));
        var direction = (string)(await database.QueryAsync("SELECT Direction FROM Sites WHERE Key = 'en'"))[0][0]!;

        // A site row no version of the site can read, and a new content version that asks for a rebuild.
        await database.ExecuteAsync("UPDATE Sites SET Direction = 'sideways' WHERE Key = 'en'; UPDATE ContentState SET Version = Version + 1");

        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10), async () =>
            (await visitor.GetAsync("/healthz/ready")).StatusCode == HttpStatusCode.ServiceUnavailable));
        var seen = checks.Count;
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(20), () => Task.FromResult(checks.Count >= seen + 10)),
            "the watcher stopped checking the content version");
        using (var home = await visitor.GetAsync("/en/"))
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }
        Assert.Single(logs.Entries, l => l.Category.EndsWith(".ContentChangeWatcher", StringComparison.Ordinal) && l.Level >= LogLevel.Warning);

        await database.ExecuteAsync($"UPDATE Sites SET Direction = '{direction}' WHERE Key = 'en'");
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10), async () =>
            await (await visitor.GetAsync("/healthz/ready")).Content.ReadAsStringAsync() == "Healthy"));
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(5), () => Task.FromResult(logs.Lines.Any(l =>
            l.StartsWith("Published content changes are checked again", StringComparison.Ordinal)))));
    }

    /// <summary>Counts reads of the content version: the watcher makes one per check, twice a second.</summary>
    private sealed class ContentVersionReads : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("\"ContentState\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
