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

    /// <param name="settings">More settings, such as the sign-in throttle's.</param>
    /// <param name="services">Changes to the app's services, such as a clock the test moves.</param>
    public static MassarApp NewApp(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>(settings ?? [])
        {
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
        };
        return new MassarApp(all, services: services);
    }

    /// <summary>
    /// A browser at a client address of its own, as the site sees it through a trusted proxy (the app needs
    /// <c>ForwardedHeaders:Enabled</c>, which <see cref="BehindProxy"/> gives).
    /// </summary>
    public static HttpClient CreateBrowserAt(this MassarApp app, string address)
    {
        var client = app.CreateBrowser();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    /// <summary>The manager answers in the browser's language, Arabic by default; tests that read its words ask for English.</summary>
    public static HttpClient InEnglish(this HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    /// <summary>The manager in a language the editor chose in their browser (<c>ar</c>, <c>en</c>).</summary>
    public static HttpClient In(this HttpClient client, string language)
    {
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public static Dictionary<string, string?> BehindProxy(Dictionary<string, string?>? settings = null) =>
        new(settings ?? []) { ["ForwardedHeaders:Enabled"] = "true" };

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

    /// <summary>An administrator creates an editor's account on the users page; the one-time password the page shows.</summary>
    public static async Task<string> CreateUserOnTheUsersPageAsync(this MassarApp app, string email)
    {
        var admin = await app.SignedInAsync();
        var users = await admin.GetDocumentAsync("/manager/users");
        using var created = await admin.SubmitAsync(users, "#new-user-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Role"] = Roles.Editor,
        });
        var page = await Html.ParseAsync(await created.Content.ReadAsStringAsync());
        return page.QuerySelector("#one-time-password")!.TextContent;
    }

    public static string? Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString;
}
