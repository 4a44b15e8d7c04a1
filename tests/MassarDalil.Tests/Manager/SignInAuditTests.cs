using System.Net;
using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Manager;

/// <summary>
/// What a failed sign-in leaves for the operator: a known account by its address; an unknown one as the event alone,
/// since a visitor who takes the manager for Massar types their Massar username here.
/// </summary>
public class SignInAuditTests
{
    [Theory]
    [InlineData("J130012345@taalim.ma")]
    [InlineData("J130012345")]
    [InlineData("ج١٣٠٠١٢٣٤٥")]
    [InlineData("prenom.nom@taalim.ma")]
    public async Task AnUnknownAccountsFailedSignInsAreRecordedAndLoggedWithNothingTyped(string typed)
    {
        var logs = new CapturedLogs();
        // Every category at its loudest, and a second try already refused by the throttle: neither may show it.
        using var app = ManagerAccess.NewApp(new() { ["Logging:LogLevel:Default"] = "Trace", ["SignInThrottle:FreeFailuresPerAccount"] = "1" });
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var visitor = logged.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await visitor.SignInAsync(typed, "Soleil!!2026");
            statuses.Add(response.StatusCode);
        }
        var audit = await (await app.SignedInAsync()).InEnglish().GetDocumentAsync($"/manager/audit?action={AuditActions.SignInFailed}");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var failed = await app.WithDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Action == AuditActions.SignInFailed).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["unknown account", "unknown account", "too many attempts"], failed.Select(a => a.Details));
        Assert.Equal(["Unknown account", "Unknown account", "Unknown account"], audit.QuerySelectorAll("tbody tr").Select(row => row.QuerySelector("td[data-label='Who']")!.TextContent));
        var trace = typed.Split('@')[0];
        var stored = await app.WithDbAsync(db => db.Audit.AsNoTracking().ToListAsync());
        Assert.All(stored, row => Assert.DoesNotContain(trace, string.Join('|', row.Actor, row.Action, row.Target, row.Details), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(trace, audit.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        // The request log is written off the request's path: wait for the last line before reading the log.
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(5),
            () => Task.FromResult(logs.Lines.Any(l => l.StartsWith("POST /manager/login 429", StringComparison.Ordinal)))));
        Assert.DoesNotContain(logs.Entries, l => l.Message.Contains(trace, StringComparison.OrdinalIgnoreCase)
            || l.Exception?.ToString().Contains(trace, StringComparison.OrdinalIgnoreCase) == true);
    }

    [Theory]
    [InlineData(ManagerAccess.AdminEmail)]
    [InlineData(" Admin@Massar.TEST ")]
    public async Task AKnownAccountsFailedSignInIsRecordedWithItsAddress(string typed)
    {
        using var app = ManagerAccess.NewApp();

        using var response = await app.CreateBrowser().SignInAsync(typed, "not-the-password");
        var audit = await (await app.SignedInAsync()).InEnglish().GetDocumentAsync($"/manager/audit?action={AuditActions.SignInFailed}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failed = await app.WithDbAsync(db => db.Audit.AsNoTracking().SingleAsync(a => a.Action == AuditActions.SignInFailed));
        Assert.Equal((ManagerAccess.AdminEmail, ManagerAccess.AdminEmail, "wrong password"), (failed.Actor, failed.Target, failed.Details));
        var row = Assert.Single(audit.QuerySelectorAll("tbody tr"));
        Assert.Equal(ManagerAccess.AdminEmail, row.QuerySelector("td[data-label='Who']")!.TextContent);
    }

    [Fact]
    public async Task FailedSignInsRecordedUnderWhatWasTypedAreForgottenByTheMigrationAndKnownAccountsKept()
    {
        using var app = ManagerAccess.NewApp();
        var at = DateTimeOffset.UtcNow;
        await app.WithDbAsync(async db =>
        {
            // Back to before the migration, with the rows the older sign-in page wrote.
            var migrations = db.Database.GetMigrations().ToList();
            var forget = migrations.FindIndex(m => m.EndsWith("_ForgetTypedSignInNames", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[forget - 1]);
            db.Audit.AddRange(
                new AuditEntry { At = at, Actor = "J130012345@taalim.ma", Action = AuditActions.SignInFailed, Target = "J130012345@taalim.ma", Details = "unknown account" },
                new AuditEntry { At = at, Actor = "(empty)", Action = AuditActions.SignInFailed, Details = "unknown account" },
                new AuditEntry { At = at, Actor = "J130012345", Action = AuditActions.SignInFailed, Target = "J130012345", Details = "too many attempts" },
                new AuditEntry { At = at, Actor = "Admin@Massar.Test", Action = AuditActions.SignInFailed, Target = "Admin@Massar.Test", Details = "wrong password" });
            return await db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db =>
        {
            await db.Database.MigrateAsync();
            return 0;
        });

        var failed = await app.WithDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Action == AuditActions.SignInFailed).OrderBy(a => a.Id)
            .Select(a => new { a.Actor, a.Target, a.Details }).ToListAsync());
        Assert.Equal(
        [
            new { Actor = AuditActors.UnknownAccount, Target = "", Details = "unknown account" },
            new { Actor = AuditActors.UnknownAccount, Target = "", Details = "unknown account" },
            new { Actor = AuditActors.UnknownAccount, Target = "", Details = "too many attempts" },
            new { Actor = "Admin@Massar.Test", Target = "Admin@Massar.Test", Details = "wrong password" },
        ], failed);
    }
}
