using System.Net;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MassarDalil.Tests.Security;

public class SecurityHeadersTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    // A page, a question page, the redirect at /, a static file, the machine-readable files and a 404.
    public static TheoryData<string, HttpStatusCode> Responses => new()
    {
        { "/ar/faq", HttpStatusCode.OK },
        { "/en/faq/forgot-password", HttpStatusCode.OK },
        { "/", HttpStatusCode.Redirect },
        { "/css/site.css", HttpStatusCode.OK },
        { "/js/site.js", HttpStatusCode.OK },
        { "/favicon.svg", HttpStatusCode.OK },
        { "/sitemap.xml", HttpStatusCode.OK },
        { "/robots.txt", HttpStatusCode.OK },
        { "/en/no-such-page", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task EveryResponseForbidsInlineScriptFramingAndForeignForms(string path, HttpStatusCode status)
    {
        using var response = await (await site.AppAsync()).CreateVisitor().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("form-action 'self'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains("object-src 'none'", directives);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task EveryResponseCarriesTheOtherProtectiveHeaders(string path, HttpStatusCode status)
    {
        using var response = await (await site.AppAsync()).CreateVisitor().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageServedFromTheOutputCacheCarriesTheSameProtectiveHeaders()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        using var rendered = await visitor.GetAsync("/en/faq");
        using var cached = await visitor.GetAsync("/en/faq");

        Assert.Null(rendered.Headers.Age);
        Assert.NotNull(cached.Headers.Age);
        foreach (var name in new[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy" })
        {
            Assert.Equal(Header(rendered, name), Header(cached, name));
        }
    }

    [Fact]
    public async Task TheServerDoesNotNameItself()
    {
        // TestServer never sends a Server header; Kestrel does unless told not to.
        using var app = new MassarApp();
        using var client = new HttpClient { BaseAddress = app.StartOnLoopback() };

        using var response = await client.GetAsync("/en/faq");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }

    [Fact]
    public async Task HttpsResponsesOutsideDevelopmentAskBrowsersToStayOnHttps()
    {
        using var app = new MassarApp();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://dalil.example.ma/"), AllowAutoRedirect = false });

        using var page = await client.GetAsync("/ar/faq");
        using var missing = await client.GetAsync("/ar/no-such-page");

        Assert.StartsWith("max-age=31536000", Header(page, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.StartsWith("max-age=31536000", Header(missing, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentSendsNoHsts()
    {
        using var app = new MassarApp(new() { ["environment"] = "Development" });
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://dalil.example.ma/"), AllowAutoRedirect = false });

        using var page = await client.GetAsync("/ar/faq");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("/ar/")]
    [InlineData("/ar/faq")]
    [InlineData("/en/faq/forgot-password")]
    [InlineData("/en/no-such-page")]
    public async Task PagesHoldNoInlineScriptOrStyleSoTheStrictPolicyBreaksNothing(string path)
    {
        using var response = await (await site.AppAsync()).CreateVisitor().GetAsync(path);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        // Scripts come from files; the only inline one is data (JSON-LD), which browsers never run.
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(
            s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", s.OuterHtml[..Math.Min(80, s.OuterHtml.Length)]));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing from {response.RequestMessage!.RequestUri}");
}
