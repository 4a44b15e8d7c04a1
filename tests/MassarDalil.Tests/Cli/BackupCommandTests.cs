using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Cli;

public class BackupCommandTests
{
    private const string OldQuestion = "Is this the official Massar website?";
    private const string NewQuestion = "Is this the Massar website itself?";

    [Fact]
    public async Task ABackupTakenWhileTheSiteServesVisitorsOpensAndHoldsTheSamePages()
    {
        using var database = new TestDatabase();
        using var backup = new TestDatabase();
        using var app = new MassarApp(databasePath: database.Path);
        using var visitor = app.CreateVisitor();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/en/faq")).StatusCode);
        var reading = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(i % 2 == 0 ? "/en/faq" : "/ar/faq")).StatusCode);
            }
        });

        var result = await MassarCli.RunAsync(database.Path, "backup", backup.Path);
        await reading;

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Contains("6 pages", result.Output, StringComparison.Ordinal);
        Assert.Equal(12, await backup.CountAsync("SELECT COUNT(*) FROM Pages")); // 6 pages, 3 sites' texts and 3 navigations
        foreach (var table in new[] { "Pages", "Revisions", "ContentState" })
        {
            Assert.Equal(await Rows(database, table), await Rows(backup, table));
        }
    }

    [Fact]
    public async Task ABackupWaitsWhileAnotherConnectionHoldsTheDatabaseAMomentInsteadOfFailing()
    {
        using var database = new TestDatabase();
        using var backup = new TestDatabase();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);
        // A connection that keeps every other one out while it holds the file, as a checkpoint, a migration or the
        // site's own write can for a moment. (A restore copies through the same wait, but reads the database's state
        // first, and that read already waits, so a test cannot make its copy meet the lock.)
        var holder = await database.HoldExclusivelyAsync();

        var running = Task.Run(() => MassarCli.RunAsync(database.Path, "backup", backup.Path));
        // The backup has opened its partial file: its first attempt on the held database comes moments later.
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10), () => Task.FromResult(File.Exists(backup.Path + ".partial"))));
        await Task.Delay(300);
        await holder.DisposeAsync();
        var result = await running;

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Equal(await Rows(database, "Revisions"), await Rows(backup, "Revisions"));
    }

    [Fact]
    public async Task ABackupDoesNotReplaceAnExistingFileUnlessForced()
    {
        using var database = new TestDatabase();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);
        var target = Path.Combine(database.Folder, "backup.db");
        await File.WriteAllTextAsync(target, "keep me");

        var refused = await MassarCli.RunAsync(database.Path, "backup", target);
        var forced = await MassarCli.RunAsync(database.Path, "backup", target, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("already exists", refused.Errors, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual("keep me", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public async Task RestoringABackupOlderThanTheDatabaseIsRefusedAndChangesNothing()
    {
        using var database = new TestDatabase();
        using var backup = new TestDatabase();
        using var edited = EditedSeed();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);
        await MassarCli.RunAsync(database.Path, "backup", backup.Path);
        await MassarCli.RunAsync(database.Path, "import", edited.Path);
        var before = await database.DumpAsync();

        var result = await MassarCli.RunAsync(database.Path, "restore", backup.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("restore refused: the database holds newer work than the backup", result.Errors, StringComparison.Ordinal);
        Assert.Contains("--force", result.Errors, StringComparison.Ordinal);
        Assert.Equal(before, await database.DumpAsync());
    }

    [Fact]
    public async Task RestoringAnOlderBackupWithForceWhileTheSiteRunsBringsBackTheOldContent()
    {
        using var database = new TestDatabase();
        using var backup = new TestDatabase();
        using var edited = EditedSeed();
        using var app = new MassarApp(databasePath: database.Path);
        using var visitor = app.CreateVisitor();
        Assert.Contains(OldQuestion, await visitor.GetStringAsync("/en/faq"), StringComparison.Ordinal);
        Assert.Equal(0, (await MassarCli.RunAsync(database.Path, "backup", backup.Path)).ExitCode);
        var import = await MassarCli.RunAsync(database.Path, "import", edited.Path);
        Assert.True(await ShowsAsync(visitor, NewQuestion), $"the edit never reached the site: {import}");

        var result = await MassarCli.RunAsync(database.Path, "restore", backup.Path, "--force");

        Assert.Equal(0, result.ExitCode);
        Assert.True(await ShowsAsync(visitor, OldQuestion), "the site did not serve the restored content");
        Assert.DoesNotContain(NewQuestion, await visitor.GetStringAsync("/en/faq"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestoredDatabaseServesTheBackedUpContentToANewlyStartedSite()
    {
        using var database = new TestDatabase();
        using var backup = new TestDatabase();
        using var edited = EditedSeed();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);
        await MassarCli.RunAsync(database.Path, "backup", backup.Path);
        await MassarCli.RunAsync(database.Path, "import", edited.Path);

        Assert.Equal(0, (await MassarCli.RunAsync(database.Path, "restore", "--force", backup.Path)).ExitCode);

        using var app = new MassarApp(databasePath: database.Path);
        var page = await app.CreateVisitor().GetStringAsync("/en/faq");
        Assert.Contains(OldQuestion, page, StringComparison.Ordinal);
        Assert.DoesNotContain(NewQuestion, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoringAFileThatIsNotABackupIsRefused()
    {
        using var database = new TestDatabase();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);
        var notABackup = Path.Combine(database.Folder, "notes.txt");
        await File.WriteAllTextAsync(notABackup, "not a database");
        var before = await database.DumpAsync();

        var result = await MassarCli.RunAsync(database.Path, "restore", notABackup, "--force");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a Massar Dalil database backup", result.Errors, StringComparison.Ordinal);
        Assert.Equal(before, await database.DumpAsync());
    }

    [Theory]
    [InlineData("backup", "pg_dump")]
    [InlineData("restore", "pg_restore")]
    public async Task BackupAndRestoreOnPostgresPointToPostgresOwnTools(string command, string tool)
    {
        using var database = new TestDatabase();

        // A Postgres connection string: a SQLite one under Database:Provider=Postgres is refused before any command runs.
        var result = await MassarCli.RunWithSettingsAsync(new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Content"] = "Host=127.0.0.1;Port=1;Database=m;Username=u;Password=x",
        }, command, Path.Combine(database.Folder, "b.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Database:Provider is Postgres; use PostgreSQL's own {tool} instead", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownOptionIsAUsageError()
    {
        using var database = new TestDatabase();

        var result = await MassarCli.RunAsync(database.Path, "restore", "b.db", "--forcefully");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage:", result.Errors, StringComparison.Ordinal);
    }

    private static SeedFolder EditedSeed()
    {
        var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/faq.md", OldQuestion, NewQuestion);
        return seed;
    }

    private static async Task<string> Rows(TestDatabase database, string table) =>
        string.Join('\n', (await database.QueryAsync($"SELECT * FROM \"{table}\" ORDER BY rowid")).Select(row => string.Join('|', row)));

    /// <summary>The site checks for content changes twice a second; give it a few seconds.</summary>
    private static Task<bool> ShowsAsync(HttpClient visitor, string text) =>
        Eventually.WithinAsync(TimeSpan.FromSeconds(10), async () => (await visitor.GetStringAsync("/en/faq")).Contains(text, StringComparison.Ordinal), pollMs: 200);
}
