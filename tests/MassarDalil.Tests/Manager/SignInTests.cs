using System.Net;
using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Manager;

public class SignInTests
{
    public static TheoryData<string> ManagerPages => new()
    {
        "/manager", "/manager/faq/1", "/manager/page/1", "/manager/guides/new", "/manager/preview/1",
        "/manager/revisions/1", "/manager/revisions/1/1", "/manager/audit", "/manager/users", "/manager/password",
    };

    [Theory]
    [MemberData(nameof(ManagerPages))]
    public async Task AnonymousVisitorsAreSentToTheLoginPage(string path)
    {
        using var app = ManagerAccess.NewApp();
        using var response = await app.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/manager/login?ReturnUrl=", response.Location());
    }

    [Fact]
    public async Task ConfiguredAdministratorSignsInAndSeesTheDashboard()
    {
        using var app = ManagerAccess.NewApp();
        var client = await app.SignedInAsync();

        var dashboard = await client.GetDocumentAsync("/manager");

        Assert.Equal(3, dashboard.QuerySelectorAll("section.site-pages").Length); // one per site: ar, en, fr
        Assert.Contains(ManagerAccess.AdminEmail, dashboard.QuerySelector(".who")!.TextContent);
        var signIns = await app.WithDbAsync(db => db.Audit.Where(a => a.Action == AuditActions.SignIn).ToListAsync());
        Assert.Equal(ManagerAccess.AdminEmail, Assert.Single(signIns).Actor);
    }

    [Fact]
    public async Task SignInReturnsToThePageAskedFor()
    {
        using var app = ManagerAccess.NewApp();
        var client = app.CreateBrowser();
        var login = await client.GetDocumentAsync("/manager/login?ReturnUrl=%2Fmanager%2Fusers");
        using var response = await client.SubmitAsync(login, "#login-form", new Dictionary<string, string>
        {
            ["Input.Email"] = ManagerAccess.AdminEmail,
            ["Input.Password"] = ManagerAccess.AdminPassword,
        });

        Assert.Equal("/manager/users", response.Location());
    }

    [Fact]
    public async Task WrongPasswordIsRefusedAndRecorded()
    {
        using var app = ManagerAccess.NewApp();
        var client = app.CreateBrowser();
        using var response = await client.SignInAsync(ManagerAccess.AdminEmail, "not-the-password");
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#login-error"));
        var failed = await app.WithDbAsync(db => db.Audit.SingleAsync(a => a.Action == AuditActions.SignInFailed));
        Assert.Equal(ManagerAccess.AdminEmail, failed.Actor);
        Assert.Equal("wrong password", failed.Details);
        using var after = await client.GetAsync("/manager");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task DisabledUserCannotSignIn()
    {
        using var app = ManagerAccess.NewApp();
        var user = await app.AddUserAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword, Roles.Editor);
        await app.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var stored = await users.FindByIdAsync(user.Id);
            return await users.SetLockoutEndDateAsync(stored!, AccountState.DisabledUntil);
        });

        using var response = await app.CreateBrowser().SignInAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failed = await app.WithDbAsync(db => db.Audit.SingleAsync(a => a.Action == AuditActions.SignInFailed));
        Assert.Equal("account disabled", failed.Details);
    }

    [Fact]
    public async Task LoginPostWithoutAntiforgeryTokenIsRefused()
    {
        using var app = ManagerAccess.NewApp();
        using var response = await app.CreateBrowser().PostAsync("/manager/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = ManagerAccess.AdminEmail,
            ["Input.Password"] = ManagerAccess.AdminPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task LoginPostsAreRateLimitedPerAddress()
    {
        using var app = ManagerAccess.NewApp();
        var client = app.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var response = await client.SignInAsync($"nobody{i}@massar.test", "whatever-it-is");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 10), statuses.Take(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        using var app = ManagerAccess.NewApp();
        var client = await app.SignedInAsync();
        var dashboard = await client.GetDocumentAsync("/manager");

        using var response = await client.SubmitAsync(dashboard, "form[action='/manager/logout']");
        using var after = await client.GetAsync("/manager");

        Assert.Equal("/manager/login", response.Location());
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task WithoutConfiguredPasswordAnAdministratorIsCreatedWithAOneTimePassword()
    {
        using var app = new MassarApp();
        var admin = await app.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var user = await db.Users.SingleAsync();
            return (user.Email, Roles: await users.GetRolesAsync(user), Claims: await users.GetClaimsAsync(user));
        });

        Assert.Equal("admin@massar-dalil.local", admin.Email);
        Assert.Equal([Roles.Admin], admin.Roles);
        Assert.Contains(admin.Claims, c => c.Type == AccountState.MustChangePasswordClaim);
    }
}
