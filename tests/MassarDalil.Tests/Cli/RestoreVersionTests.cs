using System.Net;
using System.Net.Http.Headers;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Cli;

/// <summary>
/// A restore is a change of content: the restored database's content version rises above the backup's and the replaced
/// database's, made at the restore's time, so no ETag names two contents and no Last-Modified goes back.
/// </summary>
public class RestoreVersionTests
{
    private const string Question = "Is this the official Massar website?";
    private const string QuestionInA = "Is this the Massar website itself?";
    private const string QuestionInB = "Is Massar Dalil run by the Ministry?";
    private const string Page = "/en/faq";
    private const string ApiQuestion = "/api/v1/en/faq/official-site";

    [Fact]
    public async Task APublishAfterARestoreNeverReusesTheETagOfContentPublishedBeforeIt()
    {
        using var database = new TestDatabase();
        using var backup = new TestDatabase();
        using var seedA = Edited(QuestionInA);
        using var seedB = Edited(QuestionInB);
        await RunAsync(database, "import", TestPaths.Seed);
        await RunAsync(database, "backup", backup.Path);
        await RunAsync(database, "import", seedA.Path);
        EntityTagHeaderValue etagOfA;
        using (var site = new MassarApp(databasePath: database.Path))
        {
            using var a = await site.CreateVisitor().GetAsync(Page);
            Assert.Contains(QuestionInA, await a.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            etagOfA = a.Headers.ETag!;
        }

        await RunAsync(database, "restore", backup.Path, "--force");
        await RunAsync(database, "import", seedB.Path);

        using var siteOfB = new MassarApp(databasePath: database.Path);
        var visitor = siteOfB.CreateVisitor();
        using var b = await visitor.GetAsync(Page);
        Assert.Contains(QuestionInB, await b.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(etagOfA, b.Headers.ETag);
        using var holdingA = await GetAsync(visitor, Page, r => r.Headers.IfNoneMatch.Add(etagOfA));
        Assert.Equal(HttpStatusCode.OK, holdingA.StatusCode);
        var page = await holdingA.Content.ReadAsStringAsync();
        Assert.Contains(QuestionInB, page, StringComparison.Ordinal);
        Assert.DoesNotContain(QuestionInA, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterARestoreAClientHoldingTheReplacedContentGetsTheRestoredPageAndQuestionAndATimeNoEarlier()
    {
        using var database = new TestDatabase();
        using var backup = new TestDatabase();
        using var seedA = Edited(QuestionInA);
        await RunAsync(database, "import", TestPaths.Seed);
        await RunAsync(database, "backup", backup.Path);
        await RunAsync(database, "import", seedA.Path);
        using var site = new MassarApp(databasePath: database.Path);
        var visitor = site.CreateVisitor();
        using var a = await visitor.GetAsync(Page);
        Assert.Contains(QuestionInA, await a.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var modifiedA = a.Content.Headers.LastModified!.Value;
        using var questionA = await visitor.GetAsync(ApiQuestion);
        Assert.Equal(modifiedA, questionA.Content.Headers.LastModified);
        // Last-Modified counts whole seconds: a restore in A's second could not be told from A by date, only by ETag.
        await PastAsync(modifiedA.AddSeconds(1));

        await RunAsync(database, "restore", backup.Path, "--force");
        Assert.True(await ShowsAsync(visitor, Question), "the site did not serve the restored content");

        using var page = await GetAsync(visitor, Page, r => r.Headers.IfModifiedSince = modifiedA);
        using var question = await GetAsync(visitor, ApiQuestion, r => r.Headers.IfModifiedSince = modifiedA);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(Question, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(page.Content.Headers.LastModified > modifiedA, $"{page.Content.Headers.LastModified:u} is not after A's {modifiedA:u}");
        Assert.Equal(HttpStatusCode.OK, question.StatusCode);
        Assert.Contains(Question, await question.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(question.Content.Headers.LastModified > modifiedA, $"{question.Content.Headers.LastModified:u} is not after A's {modifiedA:u}");
    }

    [Fact]
    public async Task ASiteRunningOnTheDatabaseServesTheRestoredContentUnderANewValidator()
    {
        using var database = new TestDatabase();
        using var backup = new TestDatabase();
        using var seedA = Edited(QuestionInA);
        await RunAsync(database, "import", TestPaths.Seed);
        using var site = new MassarApp(databasePath: database.Path);
        var visitor = site.CreateVisitor();
        var etagOfBackup = (await visitor.GetAsync(Page)).Headers.ETag;
        await RunAsync(database, "backup", backup.Path);
        await RunAsync(database, "import", seedA.Path);
        Assert.True(await ShowsAsync(visitor, QuestionInA), "the import never reached the site");
        var etagOfA = (await visitor.GetAsync(Page)).Headers.ETag!;
        var versionOfA = await VersionAsync(database);

        var restore = await RunAsync(database, "restore", backup.Path, "--force");

        Assert.True(await ShowsAsync(visitor, Question), "the site did not serve the restored content");
        using var restored = await GetAsync(visitor, Page, r => r.Headers.IfNoneMatch.Add(etagOfA));
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.DoesNotContain(QuestionInA, await restored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(etagOfA, restored.Headers.ETag);
        Assert.NotEqual(etagOfBackup, restored.Headers.ETag);
        // The replaced database's version was the higher one; the restore is the next.
        Assert.Equal(versionOfA + 1, await VersionAsync(database));
        Assert.Contains($"content version {versionOfA + 1} changed", restore.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestoreOnAMachineWithoutADatabaseStillRaisesTheBackupsVersion()
    {
        using var original = new TestDatabase();
        using var backup = new TestDatabase();
        await RunAsync(original, "import", TestPaths.Seed);
        await RunAsync(original, "backup", backup.Path);
        using var elsewhere = new TestDatabase();
        Directory.CreateDirectory(elsewhere.Folder);

        await RunAsync(elsewhere, "restore", backup.Path);

        Assert.Equal(await VersionAsync(backup) + 1, await VersionAsync(elsewhere));
    }

    [Fact]
    public async Task ABackupTakenBeforeARestoreIsOlderThanTheRestoredDatabaseAndNeedsForce()
    {
        using var database = new TestDatabase();
        using var backup = new TestDatabase();
        await RunAsync(database, "import", TestPaths.Seed);
        await RunAsync(database, "backup", backup.Path);
        await RunAsync(database, "restore", backup.Path);

        var again = await MassarCli.RunAsync(database.Path, "restore", backup.Path);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("restore refused: the database holds newer work than the backup", again.Errors, StringComparison.Ordinal);
        Assert.Equal(0, (await MassarCli.RunAsync(database.Path, "restore", backup.Path, "--force")).ExitCode);
    }

    private static async Task<CliResult> RunAsync(TestDatabase database, params string[] args)
    {
        var result = await MassarCli.RunAsync(database.Path, args);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result.Errors}");
        return result;
    }

    private static async Task<long> VersionAsync(TestDatabase database) =>
        await database.CountAsync("SELECT Version FROM ContentState");

    private static SeedFolder Edited(string question)
    {
        var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/faq.md", Question, question);
        return seed;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient visitor, string path, Action<HttpRequestMessage> conditions)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        conditions(request);
        return await visitor.SendAsync(request);
    }

    private static async Task PastAsync(DateTimeOffset moment)
    {
        while (DateTimeOffset.UtcNow < moment)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>The site checks for content changes twice a second; give it a few seconds.</summary>
    private static Task<bool> ShowsAsync(HttpClient visitor, string text) =>
        Eventually.WithinAsync(TimeSpan.FromSeconds(10), async () => (await visitor.GetStringAsync(Page)).Contains(text, StringComparison.Ordinal), pollMs: 200);
}
