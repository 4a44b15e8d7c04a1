using System.Net;
using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

/// <summary>The manager as its users reach it: an app with a configured administrator, and signed-in clients.</summary>
public static class ManagerAccess
{
    public const string AdminEmail = "admin@massar.test";
    public const string AdminPassword = "Admin-pass-2026!";
    public const string EditorEmail = "editor@massar.test";
    public const string EditorPassword = "Editor-pass-2026!";

    public static MassarApp NewApp() => new(new Dictionary<string, string?>
    {
        ["Admin:Email"] = AdminEmail,
        ["Admin:Password"] = AdminPassword,
    });

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see where they lead.</summary>
    public static HttpClient CreateBrowser(this MassarApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetDocumentAsync("/manager/login");
        return await client.SubmitAsync(page, "#login-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    public static async Task<HttpClient> SignedInAsync(this MassarApp app, string email = AdminEmail, string password = AdminPassword)
    {
        var client = app.CreateBrowser();
        using var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpClient> EditorAsync(this MassarApp app) =>
        app.AddUserAsync(EditorEmail, EditorPassword, Roles.Editor).ContinueWith(_ => app.SignedInAsync(EditorEmail, EditorPassword)).Unwrap();

    public static Task<IdentityUser> AddUserAsync(this MassarApp app, string email, string password, string role) =>
        app.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return user;
        });

    public static string? Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString;
}
