using System.Text.Json;
using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using MassarDalil.Tests.Webhooks;

namespace MassarDalil.Tests.Cli;

/// <summary>
/// A restore replaces all content, so it is recorded as a publish is: editors find it in the manager's audit log (who,
/// from which backup, the content version before and after), and webhook receivers are told that each site's content
/// was replaced.
/// </summary>
public class RestoreRecordTests
{
    private const string Question = "Is this the official Massar website?";

    public static TheoryData<string, string, string> Languages => new()
    {
        { "en", "restored the database from a backup", "content version {0} before, {1} after (the backup's: {2})" },
        { "ar", "استرجع قاعدة البيانات من نسخة احتياطية", "إصدار المحتوى {0} قبل الاسترجاع و{1} بعده (إصدار النسخة الاحتياطية: {2})" },
        { "fr", "a restauré la base de données depuis une sauvegarde", "version {0} du contenu avant, {1} après (celle de la sauvegarde\u202f: {2})" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task ARestoreIsInTheManagersAuditLogWithWhoWhichBackupAndTheVersionsBeforeAndAfter(string language, string what, string details)
    {
        using var database = new TestDatabase();
        using var backup = new TestDatabase();
        using var later = SeedFolder.CopyOfRealSeed();
        later.Replace("en/faq.md", Question, "Is this the Massar website itself?");
        await RunAsync(database, "import", TestPaths.Seed);
        await RunAsync(database, "backup", backup.Path);
        await RunAsync(database, "import", later.Path);
        var (replaced, backedUp) = (await VersionAsync(database), await VersionAsync(backup));

        await RunAsync(database, "restore", backup.Path, "--force");

        using var site = new MassarApp(new Dictionary<string, string?>
        {
            ["Admin:Email"] = ManagerAccess.AdminEmail, ["Admin:Password"] = ManagerAccess.AdminPassword,
        }, databasePath: database.Path);
        var admin = (await site.SignedInAsync()).In(language);
        var log = await admin.GetDocumentAsync($"/manager/audit?action={AuditActions.DatabaseRestore}");
        var cells = Assert.Single(log.QuerySelectorAll("tbody tr")).QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal($"cli:{Environment.UserName}", cells[1]);
        Assert.Equal(what, cells[2]);
        Assert.Equal(backup.Path, cells[3]);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, details, replaced, replaced + 1, backedUp), cells[4]);
        Assert.Equal(replaced + 1, await VersionAsync(database));
    }

    [Fact]
    public async Task ARestoreTellsEachSitesWebhookReceiversThatItsContentWasReplaced()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var database = new TestDatabase();
        using var backup = new TestDatabase();
        await RunAsync(database, "import", TestPaths.Seed);
        using var site = new MassarApp(WebhookTestExtensions.Fast(), databasePath: database.Path);
        var registration = await site.RegisterWebhookAsync(receiver.Url);
        await RunAsync(database, "backup", backup.Path);

        await RunAsync(database, "restore", backup.Path);

        await receiver.WaitForAsync(3);
        var events = receiver.Received.Select(r => (r, Body: JsonDocument.Parse(r.Body).RootElement)).ToList();
        Assert.Equal(["ar", "en", "fr"], events.Select(e => e.Body.GetProperty("site").GetString()).Order(StringComparer.Ordinal));
        Assert.All(events, e =>
        {
            Assert.Equal("content.restored", e.Body.GetProperty("type").GetString());
            Assert.Equal(JsonValueKind.Null, e.Body.GetProperty("page").ValueKind);
            Assert.True(e.r.Verifies(registration.Secret));
        });
    }

    private static async Task RunAsync(TestDatabase database, params string[] args)
    {
        var result = await MassarCli.RunAsync(database.Path, args);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result.Errors}");
    }

    private static Task<long> VersionAsync(TestDatabase database) => database.CountAsync("SELECT Version FROM ContentState");
}
