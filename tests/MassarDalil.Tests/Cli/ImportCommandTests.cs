using System.Net;
using MassarDalil.Content.Data;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Cli;

/// <summary>
/// <c>massar import &lt;folder&gt;</c>, run as an operator would, on a SQLite file of the test's own.
/// </summary>
public class ImportCommandTests
{
    private const string OldAnswer = "Yes. All the guides and tools on this site are free.";
    private const string NewAnswer = "Yes. Every guide and tool on this site is free, and stays free.";

    private static string Unchanged(int sites, int pages, int topics, int questions) =>
        $"sites:     0 added, 0 changed, {sites} unchanged, 0 removed\n" +
        $"pages:     0 added, 0 changed, {pages} unchanged, 0 removed\n" +
        $"texts:     0 added, 0 changed, {SiteTexts} unchanged, 0 removed\n" +
        $"navigation: 0 added, 0 changed, {SiteNavigation} unchanged, 0 removed\n" +
        $"topics:    0 added, 0 changed, {topics} unchanged, 0 removed\n" +
        $"questions: 0 added, 0 changed, {questions} unchanged, 0 removed\n" +
        $"lexicon:   0 added, 0 changed, {LexiconGroups} unchanged, 0 removed\n";

    // The seed's texts.yml, one a site: each is the site's texts page, published like the pages.
    private const int SiteTexts = 3;

    // The seed's navigation.yml, one a site: each is the site's navigation page.
    private const int SiteNavigation = 3;

    // The groups of seed/lexicon.yml.
    private const int LexiconGroups = 31;

    [Fact]
    public async Task ImportingTheSeedIntoAnEmptyDatabaseAddsEverythingAndPublishesIt()
    {
        using var database = new TestDatabase();

        var result = await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Errors);
        Assert.Contains("pages:     6 added, 0 changed, 0 unchanged, 0 removed", result.Output, StringComparison.Ordinal);
        Assert.Contains("texts:     3 added, 0 changed, 0 unchanged, 0 removed", result.Output, StringComparison.Ordinal);
        Assert.Contains("navigation: 3 added, 0 changed, 0 unchanged, 0 removed", result.Output, StringComparison.Ordinal);
        Assert.Contains("questions: 102 added, 0 changed, 0 unchanged, 0 removed", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("imported\n", result.Output, StringComparison.Ordinal);
        Assert.Equal(6 + SiteTexts + SiteNavigation, await database.CountAsync("SELECT COUNT(*) FROM Pages WHERE PublishedRevisionId IS NOT NULL"));
        Assert.Equal(6 + SiteTexts + SiteNavigation, await database.CountAsync("SELECT COUNT(*) FROM Revisions WHERE Number = 1"));
    }

    [Fact]
    public async Task AnImportIsRecordedInTheAuditWithWhoAndWhat()
    {
        using var database = new TestDatabase();

        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);

        var import = Assert.Single(await database.QueryAsync("SELECT Actor, Target, Details FROM Audit WHERE Action = 'import'"));
        Assert.Equal($"cli:{Environment.UserName}", import[0]);
        Assert.Equal("seed", import[1]);
        Assert.Contains("6 added", (string)import[2]!, StringComparison.Ordinal);
        Assert.Equal(
            ["ar/_navigation", "ar/_texts", "ar/faq", "ar/home", "en/_navigation", "en/_texts", "en/faq", "en/home", "fr/_navigation", "fr/_texts", "fr/faq", "fr/home"],
            (await database.QueryAsync("SELECT Target FROM Audit WHERE Action = 'publish' ORDER BY Target")).Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task ImportingTheSeedTwiceChangesNothing()
    {
        using var database = new TestDatabase();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);
        var before = await database.DumpAsync();

        var second = await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(Unchanged(sites: 3, pages: 6, topics: 24, questions: 102) + "nothing to change\n", second.Output[second.Output.IndexOf("sites:", StringComparison.Ordinal)..]);
        Assert.Equal(6 + SiteTexts + SiteNavigation, await database.CountAsync("SELECT COUNT(*) FROM Revisions"));
        Assert.Equal(6 + SiteTexts + SiteNavigation, await database.CountAsync("SELECT COUNT(*) FROM Audit WHERE Action = 'publish'"));
        Assert.Equal(1, await database.CountAsync("SELECT Version FROM ContentState"));
        Assert.Equal(before, await database.DumpAsync());
    }

    [Fact]
    public async Task AChangedAnswerBecomesANewRevisionAndVisitorsSeeIt()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        Assert.Contains(OldAnswer, await visitor.GetStringAsync("/en/faq/free-to-use"), StringComparison.Ordinal);
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/faq.md", OldAnswer, NewAnswer);

        var result = await MassarCli.RunAsync(app.DatabasePath, "import", seed.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pages:     0 added, 1 changed, 5 unchanged, 0 removed", result.Output, StringComparison.Ordinal);
        Assert.Contains("topics:    0 added, 0 changed, 24 unchanged, 0 removed", result.Output, StringComparison.Ordinal);
        Assert.Contains("questions: 0 added, 1 changed, 101 unchanged, 0 removed", result.Output, StringComparison.Ordinal);
        var revisions = await app.WithDbAsync(db => db.Revisions.Where(r => r.Page!.SiteKey == "en" && r.Page.TranslationKey == "faq")
            .OrderBy(r => r.Number).Select(r => new { r.Number, r.Content, Published = r.Page!.PublishedRevisionId == r.Id }).ToListAsync());
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Equal(OldAnswer, revisions[0].Content.AllQuestions.Single(q => q.Key == "free-to-use").Answer);
        Assert.Equal(NewAnswer, revisions[1].Content.AllQuestions.Single(q => q.Key == "free-to-use").Answer);
        Assert.Equal([false, true], revisions.Select(r => r.Published));
        // The running site notices the new content version by itself (ContentChangeWatcher, every second).
        var shown = await Eventually.WithinAsync(TimeSpan.FromSeconds(10), async () => (await visitor.GetStringAsync("/en/faq/free-to-use")).Contains(NewAnswer, StringComparison.Ordinal));
        Assert.True(shown, "the public question page still shows the old answer after 10 s");
        Assert.DoesNotContain(OldAnswer, await visitor.GetStringAsync("/en/faq"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenSeedIsRefusedWithFileAndLineAndTheDatabaseIsExactlyAsItWas()
    {
        using var database = new TestDatabase();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);
        var before = await database.DumpAsync();
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/faq.md", OldAnswer, NewAnswer);
        seed.Write("en/fees.md", "---\ntype: faq\nkey: fees\nslug: faq\ntitle: Fees\n---\n\n## Fees {#fees}\n\n### Is it free?\n\nYes.\n");

        var result = await MassarCli.RunAsync(database.Path, "import", seed.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{seed.File("en/fees.md")}:10: this heading has no key", result.Errors, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("imported\n", result.Output, StringComparison.Ordinal);
        Assert.Equal(1, await database.CountAsync("SELECT Version FROM ContentState"));
        Assert.Equal(6 + SiteTexts + SiteNavigation, await database.CountAsync("SELECT COUNT(*) FROM Revisions"));
        Assert.Equal(before, await database.DumpAsync());
    }

    [Fact]
    public async Task EveryProblemOfABrokenSeedIsPrintedAsFileColonLine()
    {
        using var database = new TestDatabase();
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/faq.md", "{#free-to-use}", "{#official-site}");
        seed.Replace("ar/home.md", "type: home", "type: homepage");

        var result = await MassarCli.RunAsync(database.Path, "import", seed.Path);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{seed.File("ar/home.md")}:2: unknown page type 'homepage'; use one of home, faq, guide, tool", lines[0]);
        Assert.StartsWith($"{seed.File("en/faq.md")}:24: the key 'official-site' is already used at line 14", lines[1], StringComparison.Ordinal);
        Assert.Equal(["2 problem(s)", "nothing was imported"], lines[2..]);
        Assert.False(File.Exists(database.Path), "a refused import must not even create the database");
    }

    [Fact]
    public async Task AFailureInsideTheDatabaseHalfWayThroughLeavesNothingHalfWritten()
    {
        using var database = new TestDatabase();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);
        // A real SQLite failure at the second SaveChanges: new pages are already inserted by the
        // first one (inside the transaction) when the revisions are refused.
        await database.ExecuteAsync("CREATE TRIGGER refuse_revisions BEFORE INSERT ON Revisions BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END;");
        var before = await database.DumpAsync();
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/faq.md", OldAnswer, NewAnswer);
        seed.Write("en/guides/fees.md", "---\ntype: guide\nkey: fees\nslug: fees\ntitle: Fees\n---\n\nMassar is free.\n");

        var result = await MassarCli.RunAsync(database.Path, "import", seed.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("import failed, nothing was changed: ", result.Errors, StringComparison.Ordinal);
        Assert.Contains("simulated disk failure", result.Errors, StringComparison.Ordinal);
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM Pages WHERE TranslationKey = 'fees'"));
        Assert.Equal(before, await database.DumpAsync());

        // And once the cause is gone, the same import goes through.
        await database.ExecuteAsync("DROP TRIGGER refuse_revisions;");
        var retry = await MassarCli.RunAsync(database.Path, "import", seed.Path);
        Assert.Equal(0, retry.ExitCode);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM Pages WHERE TranslationKey = 'fees'"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("import")]
    [InlineData("import a b")]
    public async Task WrongUsageShowsHelpWithExitCodeTwo(string commandLine)
    {
        using var database = new TestDatabase();

        var result = await MassarCli.RunAsync(database.Path, commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("usage: massar <command> <path>", result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task AskingForHelpShowsItWithExitCodeZero(string word)
    {
        using var database = new TestDatabase();

        var result = await MassarCli.RunAsync(database.Path, word);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("usage: massar <command> <path>", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Errors);
    }

    [Fact]
    public async Task AnUnknownCommandIsNamed()
    {
        using var database = new TestDatabase();

        var result = await MassarCli.RunAsync(database.Path, "publish", TestPaths.Seed);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("unknown command 'publish'", result.Errors, StringComparison.Ordinal);
    }
}
