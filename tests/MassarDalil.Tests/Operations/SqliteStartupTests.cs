using System.Net;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Operations;

/// <summary>
/// What "the database is unreachable at start" means for a SQLite file: its folder cannot be made or
/// written (a file in the way, a read-only mount, a missing volume). The site starts anyway and says why.
/// </summary>
public class SqliteStartupTests
{
    [Fact]
    public async Task ADatabaseFolderThatCannotBeMadeLeavesTheSiteLiveButUnreadyAndStartsOnceItCanBe()
    {
        using var database = new TestDatabase("blocked/massar.db");
        Directory.CreateDirectory(database.Folder);
        var blocker = Path.Combine(database.Folder, "blocked");
        await File.WriteAllTextAsync(blocker, "a file where the database folder should be");
        var logs = new CapturedLogs();
        using var app = new MassarApp(databasePath: database.Path);
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var client = logged.CreateClient(new() { AllowAutoRedirect = false });

        using (var live = await client.GetAsync("/healthz"))
        using (var ready = await client.GetAsync("/healthz/ready"))
        using (var page = await client.GetAsync("/en/faq"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("cannot reach its database", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            // The gate answers before the security headers' middleware runs: its 503 sets them itself.
            Assert.All(SecurityHeaders.Names, name => Assert.Equal(live.Headers.GetValues(name), page.Headers.GetValues(name)));
        }
        var said = Assert.Single(logs.Entries, l => l.Message.StartsWith("Database not ready at start (attempt 1", StringComparison.Ordinal));
        Assert.Contains("IOException", said.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, l => l.Level >= LogLevel.Warning && l.Exception is not null);

        File.Delete(blocker);

        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10), async () =>
        {
            using var ready = await client.GetAsync("/healthz/ready");
            return ready.StatusCode == HttpStatusCode.OK;
        }), "the site never became ready after the folder could be made");
        var faq = await client.GetDocumentAsync("/en/faq");
        Assert.Equal(34, faq.QuerySelectorAll("details.question").Length);
        Assert.Contains(logs.Lines, l => l.StartsWith("Database reached on attempt", StringComparison.Ordinal));
    }

    /// <summary>
    /// A database the site makes itself keeps its journal in WAL mode, where a reader (the published snapshot loading)
    /// never makes a writer fail with "database is locked". Asking whether migrations were pending by opening the file
    /// once made an empty file first, and the migration then skipped creating the database, WAL included.
    /// </summary>
    [Fact]
    public async Task ADatabaseTheSiteMakesItselfKeepsItsJournalInWalMode()
    {
        using var database = new TestDatabase("new/massar.db");
        using (var app = new MassarApp(databasePath: database.Path))
        {
            var faq = await app.CreateVisitor().GetDocumentAsync("/en/faq");
            Assert.Equal(34, faq.QuerySelectorAll("details.question").Length);
        }

        Assert.Equal("wal", (await database.QueryAsync("PRAGMA journal_mode")).Single()[0]);
    }
}
