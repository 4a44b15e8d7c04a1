using System.Net;
using MassarDalil.Tests.Support;
using MassarDalil.Tests.Webhooks;

namespace MassarDalil.Tests.Data;

/// <summary>What <c>dotnet run --project src/MassarDalil.Web</c> does on a fresh machine.</summary>
public class DatabaseInitializerTests
{
    [Fact]
    public async Task TheSiteCreatesItsDatabaseFolderMigratesAndSeedsOnFirstStart()
    {
        using var database = new TestDatabase("not/yet/there/massar.db");
        Assert.False(Directory.Exists(database.Folder));
        using var app = new MassarApp(databasePath: database.Path);

        var faq = await app.CreateVisitor().GetDocumentAsync("/en/faq");

        Assert.Equal(34, faq.QuerySelectorAll("details.question").Length);
        Assert.True(File.Exists(database.Path));
        var migrations = (await database.QueryAsync("SELECT MigrationId FROM __EFMigrationsHistory")).Select(r => (string)r[0]!).ToList();
        Assert.Contains(migrations, m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(12, await database.CountAsync("SELECT COUNT(*) FROM Pages")); // 6 pages, 3 sites' texts and 3 navigations
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM Audit WHERE Action = 'import' AND Actor = 'seed'"));
    }

    [Fact]
    public async Task AnEmptyDatabaseFileIsMigratedAndSeeded()
    {
        using var database = new TestDatabase();
        Directory.CreateDirectory(database.Folder);
        await File.WriteAllBytesAsync(database.Path, []);
        using var app = new MassarApp(databasePath: database.Path);

        var faq = await app.CreateVisitor().GetDocumentAsync("/ar/faq");

        Assert.Equal(34, faq.QuerySelectorAll("details.question").Length);
        Assert.Contains((await database.QueryAsync("SELECT MigrationId FROM __EFMigrationsHistory")).Select(r => (string)r[0]!), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        // As in a database EF makes itself (SqliteStartupTests): readers never make a writer fail.
        Assert.Equal("wal", (await database.QueryAsync("PRAGMA journal_mode")).Single()[0]);
    }

    [Fact]
    public async Task RestartingOnAnExistingDatabaseDoesNotSeedAgain()
    {
        using var database = new TestDatabase();
        using (var first = new MassarApp(databasePath: database.Path))
        {
            await first.CreateVisitor().GetDocumentAsync("/en/faq");
            // A site that has run has sent on the seed's publish events: the webhook dispatcher's first round starts
            // after the first page, and a restart must not be what completes it.
            await first.WaitForSeedEventsSentAsync();
        }
        var before = await database.DumpAsync();

        using var second = new MassarApp(databasePath: database.Path);
        await second.CreateVisitor().GetDocumentAsync("/en/faq");

        Assert.Equal(before, await database.DumpAsync());
    }

    [Fact]
    public async Task WithSeedOnEmptyOffTheDatabaseStaysEmptyAndPagesAre404NotErrors()
    {
        using var database = new TestDatabase();
        using var app = new MassarApp(new() { ["Content:SeedOnEmpty"] = "false" }, database.Path);
        var visitor = app.CreateVisitor();

        foreach (var path in new[] { "/ar/faq", "/en/faq", "/ar/", "/en/faq/forgot-username", "/en/about" })
        {
            using var response = await visitor.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {path} gave {(int)response.StatusCode}");
        }
        using var root = await visitor.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        using var health = await visitor.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM Pages"));
        Assert.Contains((await database.QueryAsync("SELECT MigrationId FROM __EFMigrationsHistory")).Select(r => (string)r[0]!), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        // As in a database EF makes itself (SqliteStartupTests): readers never make a writer fail.
        Assert.Equal("wal", (await database.QueryAsync("PRAGMA journal_mode")).Single()[0]);
    }

    [Fact]
    public async Task ABrokenSeedLeavesTheSiteUpAndEmptyRatherThanHalfSeeded()
    {
        using var database = new TestDatabase();
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/faq.md", "{#free-to-use}", "");
        using var app = new MassarApp(new() { ["Content:SeedPath"] = seed.Path }, database.Path);

        using var response = await app.CreateVisitor().GetAsync("/ar/faq");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM Pages"));
    }
}
