using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MassarDalil.Tests.Security;

/// <summary>Under HTTPS (direct, or ended by a trusted proxy) every cookie the manager sets is Secure; over plain HTTP none can be.</summary>
public class SecureCookieTests
{
    public static TheoryData<string, bool, bool> Schemes => new()
    {
        { "https://localhost", false, true },
        { "http://localhost", true, true },
        { "http://localhost", false, false },
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task TheAntiforgeryAndSignInCookiesAreSecureUnderHttps(string baseAddress, bool proxyEndsHttps, bool secure)
    {
        using var app = ManagerAccess.NewApp(ManagerAccess.BehindProxy());
        // Cookies are passed by hand: behind the proxy the client speaks plain HTTP, and a cookie jar would
        // rightly keep Secure cookies to itself there.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false, HandleCookies = false,
        });
        if (proxyEndsHttps)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }

        using var login = await client.GetAsync("/manager/login");
        var antiforgery = CookieNamed(login, ".AspNetCore.Antiforgery.");
        client.DefaultRequestHeaders.Add("Cookie", antiforgery.Split(';')[0]);
        var form = await Html.ParseAsync(await login.Content.ReadAsStringAsync(), new Uri(client.BaseAddress!, "/manager/login").ToString());
        using var signIn = await client.SubmitAsync(form, "#login-form", new Dictionary<string, string>
        {
            ["Input.Email"] = ManagerAccess.AdminEmail,
            ["Input.Password"] = ManagerAccess.AdminPassword,
        });
        var session = CookieNamed(signIn, "massar-manager=");

        Assert.Equal(secure, IsSecure(antiforgery));
        Assert.Equal(secure, IsSecure(session));
    }

    private static string CookieNamed(HttpResponseMessage response, string prefix) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(prefix, StringComparison.Ordinal));

    private static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Skip(1).Any(attribute => attribute.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));
}
