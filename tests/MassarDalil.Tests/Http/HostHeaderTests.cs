using System.Net;
using System.Net.Sockets;
using System.Text;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Http;

/// <summary>
/// The raw requests change nothing, so they share one site on a real port (HttpClient always sends a valid Host); the
/// log tests keep sites of their own, with their own settings and logger.
/// </summary>
public class HostHeaderTests(LoopbackSite site) : IClassFixture<LoopbackSite>
{
    // HTTP/1.0 may leave Host out; the others are not host names, whatever Kestrel lets through.
    public static TheoryData<string, string> InvalidHosts => new()
    {
        { "/en/faq", "" },
        { "/sitemap.xml", "" },
        { "/robots.txt", "" },
        { "/en/faq", "Host: \r\n" },
        { "/en/faq", "Host: a!b\r\n" },
        { "/sitemap.xml", "Host: ex*ample.ma\r\n" },
        { "/en/faq", "Host: example.ma:\r\n" },
        { "/en/faq", "Host: example.ma:port\r\n" },
        { "/robots.txt", "Host: -example.ma\r\n" },
    };

    // The site's own refusals: no Host, an empty one, and names Kestrel lets through that are no host names. (Kestrel
    // refuses the others itself, "ex*ample.ma", "[::1", a port that is no number, before any of the site's code runs.)
    public static TheoryData<string, string> RefusedByTheSite => new()
    {
        { "/en/faq", "" },
        { "/robots.txt", "" },
        { "/en/faq", "Host: \r\n" },
        { "/en/faq", "Host: a!b\r\n" },
        { "/robots.txt", "Host: -example.ma\r\n" },
        { "/sitemap.xml", "Host: example..ma\r\n" },
        { "/en/faq", "Host: exa~mple.ma:8080\r\n" },
    };

    [Theory]
    [MemberData(nameof(InvalidHosts))]
    public async Task ARequestWithoutAValidHostIsABadRequestAndNoLinkIsMade(string path, string hostLine)
    {
        var response = await SendRawAsync($"GET {path} HTTP/1.0\r\n{hostLine}\r\n");

        Assert.StartsWith("HTTP/1.1 400", response, StringComparison.Ordinal);
        Assert.DoesNotContain("http:///", response, StringComparison.Ordinal);
        Assert.DoesNotContain("<loc>", response, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RefusedByTheSite))]
    public async Task TheRefusalOfAnInvalidHostCarriesTheSameSecurityHeadersAsEveryOtherAnswer(string path, string hostLine)
    {
        // The host check runs before the middleware that adds them, for the cached pages' speed.
        var served = HeadersOf(await SendRawAsync("GET /robots.txt HTTP/1.0\r\nHost: localhost\r\n\r\n"));

        var response = await SendRawAsync($"GET {path} HTTP/1.0\r\n{hostLine}\r\n");

        Assert.StartsWith("HTTP/1.1 400", response, StringComparison.Ordinal);
        Assert.EndsWith("the request has no valid Host header.\n", response, StringComparison.Ordinal);
        var refused = HeadersOf(response);
        Assert.All(SecurityHeaders.Names, name => Assert.Equal(served[name], refused.GetValueOrDefault(name)));
        Assert.Contains("frame-ancestors 'none'", refused["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", refused["X-Content-Type-Options"]);
    }

    [Theory]
    [InlineData("/en/faq", "Host: localhost\r\n", "HTTP/1.1 200")]
    [InlineData("/robots.txt", "Host: dalil.example.ma:8080\r\n", "HTTP/1.1 200")]
    [InlineData("/robots.txt", "Host: [::1]:8080\r\n", "HTTP/1.1 200")]
    [InlineData("/robots.txt", "Host: 127.0.0.1\r\n", "HTTP/1.1 200")]
    [InlineData("/healthz", "", "HTTP/1.1 200")] // a simple probe
    public async Task ValidHostsAndHealthProbesAreServed(string path, string hostLine, string status)
    {
        var response = await SendRawAsync($"GET {path} HTTP/1.0\r\n{hostLine}\r\n");

        Assert.StartsWith(status, response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InProductionWithoutABaseUrlTheLogWarnsOnceThatLinksFollowTheHost()
    {
        var logs = new CapturedLogs();
        using var app = new MassarApp(new() { ["environment"] = "Production" });
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var visitor = logged.CreateClient();

        await visitor.GetStringAsync("/en/faq");
        await visitor.GetStringAsync("/sitemap.xml");

        var warning = Assert.Single(logs.Entries, l => l.Message.Contains("PublicSite:BaseUrl", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("AllowedHosts", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", "https://dalil.example.ma")]
    [InlineData("Testing", null)]
    public async Task NoWarningWhenTheBaseUrlIsSetOrOutsideProduction(string environment, string? baseUrl)
    {
        var logs = new CapturedLogs();
        using var app = new MassarApp(new() { ["environment"] = environment, ["PublicSite:BaseUrl"] = baseUrl });
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));

        await logged.CreateClient().GetStringAsync("/en/faq");

        Assert.DoesNotContain(logs.Entries, l => l.Message.Contains("PublicSite:BaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AHostOutsideAllowedHostsIsRefusedWithTheSecurityHeadersEvenForAPageCachedForAnAllowedOne()
    {
        using var app = new MassarApp(new() { ["AllowedHosts"] = "dalil.example.ma;*.dalil.example.ma" });
        var client = app.CreateClient();
        // Rendered, then answered from the cache, for the allowed host.
        using var rendered = await client.SendAsync(ForHost("dalil.example.ma"));
        using var allowed = await client.SendAsync(ForHost("dalil.example.ma"));
        using var subdomain = await client.SendAsync(ForHost("www.dalil.example.ma:8080"));

        using var refused = await client.SendAsync(ForHost("evil.example.com"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (rendered.StatusCode, allowed.StatusCode, subdomain.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain("details", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The framework's check used to run before every middleware of the site's, and its 400 carried none of these.
        Assert.All(SecurityHeaders.Names, name => Assert.Equal(allowed.Headers.GetValues(name), refused.Headers.GetValues(name)));

        static HttpRequestMessage ForHost(string host) => new(HttpMethod.Get, "/en/faq") { Headers = { Host = host } };
    }

    /// <summary>The header fields of a raw answer, by name (each appears once here).</summary>
    private static Dictionary<string, string> HeadersOf(string response) =>
        response[..response.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n").Skip(1)
            .Select(line => line.Split(':', 2))
            .ToDictionary(field => field[0], field => field[1].Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>A request written by hand on a real connection to the shared site.</summary>
    private async Task<string> SendRawAsync(string request)
    {
        var address = (await site.AppAsync()).LoopbackAddress!;
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(); // HTTP/1.0: the server closes after answering
    }
}
