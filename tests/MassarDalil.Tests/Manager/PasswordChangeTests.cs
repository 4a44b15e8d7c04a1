using System.Net;
using System.Text.RegularExpressions;
using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Manager;

/// <summary>What an editor sees when choosing a password, and what an administrator's one-time passwords are.</summary>
public partial class PasswordChangeTests
{
    [Theory]
    [InlineData("short pass", "كلمة المرور قصيرة جدًا: يجب أن تتكون من 12 حرفًا على الأقل.")]
    [InlineData("Password 2026!", "كلمة المرور هذه شائعة جدًا أو سهلة التخمين. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.")]
    [InlineData("qwertyuiop123", "كلمة المرور هذه شائعة جدًا أو سهلة التخمين. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.")]
    [InlineData("admin@massar.test", "يجب ألا تكون كلمة المرور هي بريدك الإلكتروني.")]
    [InlineData("دليل مسار 2026", "يجب ألا تكون كلمة المرور هي اسم الموقع.")]
    [InlineData("Massar Dalil!!", "يجب ألا تكون كلمة المرور هي اسم الموقع.")]
    public async Task AWeakNewPasswordIsRefusedWithAFieldMessageInArabicAndTheOldOneStillWorks(string weak, string message)
    {
        using var app = ManagerAccess.NewApp();
        var admin = await app.SignedInAsync();

        using var response = await ChangeAsync(admin, ManagerAccess.AdminPassword, weak);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, page.QuerySelector("#new-error")?.TextContent);
        Assert.Contains("new-error", page.QuerySelector("#f-new")!.GetAttribute("aria-describedby"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync(ManagerAccess.AdminEmail, ManagerAccess.AdminPassword)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == AuditActions.PasswordChange)));
    }

    [Theory]
    [InlineData("en", PasswordPolicy.MinLength - 1)]
    [InlineData("ar", PasswordPolicy.MinLength - 1)]
    [InlineData("en", PasswordPolicy.MaxLength + 1)]
    [InlineData("ar", PasswordPolicy.MaxLength + 1)]
    public async Task APasswordOneOutsideALengthLimitIsToldTheLimitThePolicyChecks(string language, int length)
    {
        using var app = ManagerAccess.NewApp();
        var admin = (await app.SignedInAsync()).In(language);
        var password = string.Concat(Enumerable.Range(0, length).Select(i => "olive tree "[i % 11]));

        using var response = await ChangeAsync(admin, ManagerAccess.AdminPassword, password);

        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var limit = length > PasswordPolicy.MinLength ? PasswordPolicy.MaxLength : PasswordPolicy.MinLength;
        Assert.Contains($" {limit} ", page.QuerySelector("#new-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFieldMessageIsInEnglishForAnEditorWhoChoseEnglish()
    {
        using var app = ManagerAccess.NewApp();
        var admin = (await app.SignedInAsync()).InEnglish();

        using var response = await ChangeAsync(admin, ManagerAccess.AdminPassword, "iloveyou2026");

        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("This password is too common or too easy to guess. A few unrelated words make a strong one.", page.QuerySelector("#new-error")?.TextContent);
    }

    [Theory]
    [InlineData("قطتي تحب الشاي بالنعناع")]
    [InlineData("my cat eats olives at dawn")]
    [InlineData("alllowercaseletters")]
    [InlineData("Ünïcödé pass phrase ✓")]
    public async Task APassphraseWithSpacesAndAnyLettersIsAcceptedAndSignsIn(string passphrase)
    {
        using var app = ManagerAccess.NewApp();
        var admin = await app.SignedInAsync();

        using var response = await ChangeAsync(admin, ManagerAccess.AdminPassword, passphrase);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync(ManagerAccess.AdminEmail, passphrase)).StatusCode);
    }

    [Fact]
    public async Task ThePasswordPageDescribesTheRulesWithoutCompositionDemands()
    {
        using var app = ManagerAccess.NewApp();
        var admin = (await app.SignedInAsync()).InEnglish();

        var page = await admin.GetDocumentAsync("/manager/password");

        var hint = page.QuerySelector("#new-hint")!.TextContent;
        Assert.StartsWith("At least 12 characters.", hint);
        Assert.DoesNotContain("capital", hint);
        Assert.Equal(("12", "256"), (page.QuerySelector("#f-new")!.GetAttribute("minlength"), page.QuerySelector("#f-new")!.GetAttribute("maxlength")));
    }

    [Fact]
    public async Task AnEditorsFirstSignInGoesStraightToChoosingAPasswordWithoutRetypingTheOneTimeOne()
    {
        using var app = ManagerAccess.NewApp();
        var oneTime = await app.CreateUserOnTheUsersPageAsync("new.editor@massar.test");
        var newcomer = app.CreateBrowser();
        using var signIn = await newcomer.SignInAsync("new.editor@massar.test", oneTime);
        Assert.Equal("/manager/password", signIn.Location());

        var form = await newcomer.GetDocumentAsync("/manager/password");
        Assert.Null(form.QuerySelector("input[name='Input.Current']"));
        Assert.NotNull(form.QuerySelector("#password-form input[name='__RequestVerificationToken']"));
        using var changed = await newcomer.SubmitAsync(form, "#password-form", new Dictionary<string, string>
        {
            ["Input.New"] = "olives at dawn for me",
            ["Input.Confirm"] = "olives at dawn for me",
        });

        Assert.Equal("/manager", changed.Location());
        using var dashboard = await newcomer.GetAsync("/manager");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var actions = await app.WithDbAsync(db => db.Audit.Where(a => a.Target == "new.editor@massar.test").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.UserCreate, AuditActions.SignIn, AuditActions.PasswordChange], actions);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync("new.editor@massar.test", "olives at dawn for me")).StatusCode);
    }

    [Fact]
    public async Task TheOneTimeSignInCountsOnlyRightAfterItThenTheCurrentPasswordIsAskedAgain()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var app = ManagerAccess.NewApp(services: services => services.AddSingleton<TimeProvider>(clock));
        var oneTime = await app.CreateUserOnTheUsersPageAsync("new.editor@massar.test");
        var newcomer = app.CreateBrowser();
        await newcomer.SignInAsync("new.editor@massar.test", oneTime);

        clock.Advance(OneTimeSignIn.Window);
        var form = await newcomer.GetDocumentAsync("/manager/password");
        Assert.NotNull(form.QuerySelector("input[name='Input.Current']"));
        using var refused = await newcomer.SubmitAsync(form, "#password-form", new Dictionary<string, string>
        {
            ["Input.New"] = "olives at dawn for me",
            ["Input.Confirm"] = "olives at dawn for me",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowser().SignInAsync("new.editor@massar.test", "olives at dawn for me")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync("new.editor@massar.test", oneTime)).StatusCode);
    }

    [Fact]
    public async Task AnAccountThatNeedNotChangeItsPasswordMustAlwaysGiveTheCurrentOne()
    {
        using var app = ManagerAccess.NewApp();
        var admin = await app.SignedInAsync();
        var form = await admin.GetDocumentAsync("/manager/password");

        using var response = await admin.SubmitAsync(form, "#password-form", new Dictionary<string, string>
        {
            ["Input.Current"] = "",
            ["Input.New"] = "olives at dawn for me",
            ["Input.Confirm"] = "olives at dawn for me",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync(ManagerAccess.AdminEmail, ManagerAccess.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task ThePasswordFormWithoutItsAntiforgeryTokenChangesNothing()
    {
        using var app = ManagerAccess.NewApp();
        var oneTime = await app.CreateUserOnTheUsersPageAsync("new.editor@massar.test");
        var newcomer = app.CreateBrowser();
        await newcomer.SignInAsync("new.editor@massar.test", oneTime);

        using var response = await newcomer.PostAsync("/manager/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.New"] = "olives at dawn for me",
            ["Input.Confirm"] = "olives at dawn for me",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync("new.editor@massar.test", oneTime)).StatusCode);
    }

    [Fact]
    public async Task OneTimePasswordsFromAnAdministratorPassTheRules()
    {
        using var app = ManagerAccess.NewApp();
        var created = await app.CreateUserOnTheUsersPageAsync("new.editor@massar.test");
        var admin = await app.SignedInAsync();
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "new.editor@massar.test").Select(u => u.Id).SingleAsync());
        var user = await admin.GetDocumentAsync($"/manager/users/{id}");
        using var reset = await admin.SubmitAsync(user, "#reset-form");
        var resetPage = await Html.ParseAsync(await reset.Content.ReadAsStringAsync());
        var again = resetPage.QuerySelector("#one-time-password")!.TextContent;

        Assert.Empty(PasswordPolicy.Problems(created, "new.editor@massar.test", []));
        Assert.Empty(PasswordPolicy.Problems(again, "new.editor@massar.test", []));
        Assert.NotEqual(created, again);
    }

    [Fact]
    public async Task TheFirstAdministratorsGeneratedPasswordPassesTheRulesAndLeadsToChoosingANewOne()
    {
        var logs = new CapturedLogs();
        using var app = new MassarApp(new() { ["Admin:Email"] = "first@massar.test" });
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var client = logged.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        using var signIn = await client.SignInAsync("first@massar.test", GeneratedPassword(logs));

        var password = GeneratedPassword(logs);
        Assert.Empty(PasswordPolicy.Problems(password, "first@massar.test", []));
        Assert.Equal("/manager/password", signIn.Location());
        var form = await client.GetDocumentAsync("/manager/password");
        Assert.Null(form.QuerySelector("input[name='Input.Current']"));
    }

    private static string GeneratedPassword(CapturedLogs logs) =>
        logs.Lines.Select(l => GeneratedLine().Match(l)).Single(m => m.Success).Groups[1].Value;

    [GeneratedRegex(@"with password (\S+) and change it")]
    private static partial Regex GeneratedLine();

    private static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next)
    {
        var page = await client.GetDocumentAsync("/manager/password");
        return await client.SubmitAsync(page, "#password-form", new Dictionary<string, string>
        {
            ["Input.Current"] = current,
            ["Input.New"] = next,
            ["Input.Confirm"] = next,
        });
    }
}
