using System.Net;
using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

public class UserManagementTests
{
    [Theory]
    [InlineData("/manager/users")]
    [InlineData("/manager/audit")]
    public async Task EditorCannotReachAdministratorPages(string path)
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();

        using var response = await editor.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/manager/denied", response.Location());
        using var denied = await editor.GetAsync(response.Location());
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task EditorCannotPostToUserManagement()
    {
        using var app = ManagerAccess.NewApp();
        var admin = await app.SignedInAsync();
        var form = await admin.GetDocumentAsync("/manager/users");
        var editor = await app.EditorAsync();

        using var response = await editor.SubmitAsync(form, "#new-user-form", new Dictionary<string, string> { ["Input.Email"] = "sneaky@massar.test" });

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "sneaky@massar.test")));
    }

    [Fact]
    public async Task NewUserSignsInWithTheOneTimePasswordAndMustChooseTheirOwn()
    {
        using var app = ManagerAccess.NewApp();
        var oneTime = await app.CreateUserOnTheUsersPageAsync("new.editor@massar.test");

        var newcomer = app.CreateBrowser();
        using var signIn = await newcomer.SignInAsync("new.editor@massar.test", oneTime);
        Assert.Equal("/manager/password", signIn.Location());
        using var blocked = await newcomer.GetAsync("/manager");
        Assert.Equal("/manager/password", blocked.Location());

        var form = await newcomer.GetDocumentAsync("/manager/password");
        using var changed = await newcomer.SubmitAsync(form, "#password-form", new Dictionary<string, string>
        {
            ["Input.Current"] = oneTime,
            ["Input.New"] = "My-own-pass-77",
            ["Input.Confirm"] = "My-own-pass-77",
        });
        Assert.Equal("/manager", changed.Location());
        using var dashboard = await newcomer.GetAsync("/manager");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);

        var actions = await app.WithDbAsync(db => db.Audit.Where(a => a.Target == "new.editor@massar.test").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.UserCreate, AuditActions.SignIn, AuditActions.PasswordChange], actions);
    }

    [Fact]
    public async Task PasswordsShorterThanTwelveCharactersAreRefused()
    {
        using var app = ManagerAccess.NewApp();
        var admin = await app.SignedInAsync();
        var form = await admin.GetDocumentAsync("/manager/password");

        using var response = await admin.SubmitAsync(form, "#password-form", new Dictionary<string, string>
        {
            ["Input.Current"] = ManagerAccess.AdminPassword,
            ["Input.New"] = "Sh0rt!pw",
            ["Input.Confirm"] = "Sh0rt!pw",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await Html.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task DisablingAUserEndsTheirSessionAndIsRecorded()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var admin = await app.SignedInAsync();
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == ManagerAccess.EditorEmail).Select(u => u.Id).SingleAsync());
        var page = await admin.GetDocumentAsync($"/manager/users/{id}");

        using var response = await admin.SubmitAsync(page, "#disable-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var after = await editor.GetAsync("/manager");
        Assert.StartsWith("http://localhost/manager/login", after.Location());
        using var again = await app.CreateBrowser().SignInAsync(ManagerAccess.EditorEmail, ManagerAccess.EditorPassword);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var entry = await app.WithDbAsync(db => db.Audit.SingleAsync(a => a.Action == AuditActions.UserChange));
        Assert.Equal((ManagerAccess.AdminEmail, ManagerAccess.EditorEmail, "disabled"), (entry.Actor, entry.Target, entry.Details));
    }

    [Fact]
    public async Task TheLastAdministratorCannotBeDemoted()
    {
        using var app = ManagerAccess.NewApp();
        var admin = await app.SignedInAsync();
        var id = await app.WithDbAsync(db => db.Users.Select(u => u.Id).SingleAsync());
        var page = await admin.GetDocumentAsync($"/manager/users/{id}");

        using var response = await admin.SubmitAsync(page, "#role-form", new Dictionary<string, string> { ["role"] = "Editor" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var users = await admin.GetAsync("/manager/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }
}
