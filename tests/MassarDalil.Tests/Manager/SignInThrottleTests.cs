using System.Net;
using AngleSharp.Dom;
using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Manager;

/// <summary>Guessing passwords is slowed per (account, address) and per address; no one can lock an account's owner out.</summary>
public class SignInThrottleTests
{
    private const string Attacker = "203.0.113.66";
    private const string Owner = "198.51.100.9";

    [Theory]
    [InlineData(ManagerAccess.AdminEmail)]
    [InlineData("Admin@Massar.Test ")]
    [InlineData("nobody@massar.test")]
    public async Task WrongPasswordsFromOneAddressMakeItWaitWhetherOrNotTheAccountExists(string email)
    {
        using var app = ManagerAccess.NewApp(ManagerAccess.BehindProxy());
        var attacker = app.CreateBrowserAt(Attacker).InEnglish();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var failed = await attacker.SignInAsync(email, $"wrong-{i}");
            statuses.Add(failed.StatusCode);
        }
        using var waiting = await attacker.SignInAsync(email, ManagerAccess.AdminPassword);
        var page = await Html.ParseAsync(await waiting.Content.ReadAsStringAsync());

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 6), statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.Equal("Too many failed attempts from here. Try again in 1 minutes.", page.QuerySelector("#login-wait")?.TextContent);
        Assert.Equal(TimeSpan.FromMinutes(1), waiting.Headers.RetryAfter?.Delta);
        var last = await app.WithDbAsync(db => db.Audit.OrderBy(a => a.Id).LastAsync());
        Assert.Equal((AuditActions.SignInFailed, "too many attempts"), (last.Action, last.Details));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task ManyAddressesGuessingOneAccountNeverKeepItsOwnerOut(int attackers)
    {
        using var app = ManagerAccess.NewApp(ManagerAccess.BehindProxy());
        for (var a = 0; a < attackers; a++)
        {
            var attacker = app.CreateBrowserAt($"203.0.113.{a + 10}");
            for (var i = 0; i < 7; i++)
            {
                using var _ = await attacker.SignInAsync(ManagerAccess.AdminEmail, $"wrong-{i}");
            }
            using var blocked = await attacker.SignInAsync(ManagerAccess.AdminEmail, ManagerAccess.AdminPassword);
            Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        }

        using var owner = await app.CreateBrowserAt(Owner).SignInAsync(ManagerAccess.AdminEmail, ManagerAccess.AdminPassword);

        Assert.Equal("/manager", owner.Location());
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == ManagerAccess.AdminEmail));
        Assert.Null(user.LockoutEnd);
    }

    [Fact]
    public async Task OneAddressGuessingManyAccountsWaitsForAllOfThemButOthersDoNot()
    {
        using var app = ManagerAccess.NewApp(ManagerAccess.BehindProxy(new() { ["SignInThrottle:FreeFailuresPerAddress"] = "6" }));
        await app.AddUserAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword, Roles.Editor);
        var attacker = app.CreateBrowserAt(Attacker);
        string[] accounts = [ManagerAccess.AdminEmail, "nobody@massar.test", ManagerAccess.EditorEmail, "who@massar.test", "else@massar.test", "x@massar.test", "y@massar.test"];

        var statuses = new List<HttpStatusCode>();
        foreach (var account in accounts)
        {
            using var failed = await attacker.SignInAsync(account, "wrong-password");
            statuses.Add(failed.StatusCode);
        }
        using var blocked = await attacker.SignInAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword);
        using var elsewhere = await app.CreateBrowserAt(Owner).SignInAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, accounts.Length), statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.NotNull((await Html.ParseAsync(await blocked.Content.ReadAsStringAsync())).QuerySelector("#login-wait"));
        Assert.Equal("/manager", elsewhere.Location());
    }

    [Fact]
    public async Task EachFurtherFailureDoublesTheWait()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        // One free failure here, so the test stays inside the separate limit of 10 sign-in posts a minute per address.
        using var app = ManagerAccess.NewApp(ManagerAccess.BehindProxy(new() { ["SignInThrottle:FreeFailuresPerAccount"] = "1" }),
            services => services.AddSingleton<TimeProvider>(clock));
        var attacker = app.CreateBrowserAt(Attacker).InEnglish();
        for (var i = 0; i < 2; i++)
        {
            using var _ = await attacker.SignInAsync(ManagerAccess.AdminEmail, "wrong-password");
        }

        var waits = new List<string?>();
        foreach (var minutes in new[] { 1, 2, 4 })
        {
            waits.Add(await WaitShownAsync(attacker));
            clock.Advance(TimeSpan.FromMinutes(minutes));
            using var tried = await attacker.SignInAsync(ManagerAccess.AdminEmail, "wrong-password");
            Assert.Equal(HttpStatusCode.OK, tried.StatusCode);
        }
        waits.Add(await WaitShownAsync(attacker));
        clock.Advance(TimeSpan.FromMinutes(8));
        using var right = await attacker.SignInAsync(ManagerAccess.AdminEmail, ManagerAccess.AdminPassword);

        Assert.Equal(["1", "2", "4", "8"], waits);
        Assert.Equal("/manager", right.Location());
    }

    [Fact]
    public async Task AnAdministratorUnlocksAnAccountForTheAddressThatHadToWait()
    {
        using var app = ManagerAccess.NewApp(ManagerAccess.BehindProxy());
        var editor = await app.AddUserAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword, Roles.Editor);
        var office = app.CreateBrowserAt(Attacker);
        for (var i = 0; i < 6; i++)
        {
            using var _ = await office.SignInAsync(ManagerAccess.EditorEmail, "wrong-password");
        }
        using var blocked = await office.SignInAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);

        var admin = await app.SignedInAsync();
        var list = await admin.GetDocumentAsync("/manager/users");
        var page = await admin.GetDocumentAsync($"/manager/users/{editor.Id}");
        using var unlocked = await admin.SubmitAsync(page, "#unlock-form");
        var after = await admin.GetDocumentAsync($"/manager/users/{editor.Id}");
        using var signIn = await office.SignInAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword);

        Assert.NotNull(StateOf(list, ManagerAccess.EditorEmail).QuerySelector(".state.waiting"));
        Assert.Equal($"/manager/users/{editor.Id}", unlocked.Location());
        Assert.Null(after.QuerySelector("#unlock-form"));
        Assert.Equal("/manager", signIn.Location());
        var audit = await app.WithDbAsync(db => db.Audit.Where(a => a.Target == ManagerAccess.EditorEmail && a.Action == AuditActions.UserChange).SingleAsync());
        Assert.Equal((ManagerAccess.AdminEmail, "unlocked"), (audit.Actor, audit.Details));
    }

    [Fact]
    public async Task TheChangePasswordFormsCurrentPasswordCheckIsThrottledToo()
    {
        using var app = ManagerAccess.NewApp(ManagerAccess.BehindProxy());
        await app.AddUserAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword, Roles.Editor);
        var editor = app.CreateBrowserAt(Attacker).InEnglish();
        using (var signIn = await editor.SignInAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword))
        {
            Assert.Equal("/manager", signIn.Location());
        }

        var messages = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var form = await editor.GetDocumentAsync("/manager/password");
            using var response = await editor.SubmitAsync(form, "#password-form", new Dictionary<string, string>
            {
                ["Input.Current"] = i < 6 ? $"wrong-{i}" : ManagerAccess.EditorPassword,
                ["Input.New"] = "Brand-new-pass-99",
                ["Input.Confirm"] = "Brand-new-pass-99",
            });
            var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
            messages.Add($"{(int)response.StatusCode} {page.QuerySelector(".error-summary li")?.TextContent.Trim()}");
        }

        Assert.Equal(Enumerable.Repeat("200 Current password: The current password is wrong.", 6), messages.Take(6));
        Assert.Equal("429 Current password: Too many failed attempts from here. Try again in 1 minutes.", messages[6]);
        using var old = await app.CreateBrowserAt(Owner).SignInAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword);
        Assert.Equal("/manager", old.Location());
    }

    private static async Task<string?> WaitShownAsync(HttpClient client)
    {
        using var response = await client.SignInAsync(ManagerAccess.AdminEmail, ManagerAccess.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var text = (await Html.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("#login-wait")?.TextContent;
        return text is null ? null : System.Text.RegularExpressions.Regex.Match(text, @"\d+").Value;
    }

    private static IElement StateOf(IDocument users, string email) =>
        users.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal)).QuerySelector("td:nth-child(3)")!;
}
