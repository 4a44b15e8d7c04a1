using System.Net;
using System.Net.Sockets;
using System.Text;
using MassarDalil.Tests.Support;
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
    [Theory]
    [InlineData("/en/faq", "")]
    [InlineData("/sitemap.xml", "")]
    [InlineData("/robots.txt", "")]
    [InlineData("/en/faq", "Host: \r\n")]
    [InlineData("/en/faq", "Host: a!b\r\n")]
    [InlineData("/sitemap.xml", "Host: ex*ample.ma\r\n")]
    [InlineData("/en/faq", "Host: example.ma:\r\n")]
    [InlineData("/en/faq", "Host: example.ma:port\r\n")]
    [InlineData("/robots.txt", "Host: -example.ma\r\n")]
    public async Task ARequestWithoutAValidHostIsABadRequestAndNoLinkIsMade(string path, string hostLine)
    {
        var response = await SendRawAsync($"GET {path} HTTP/1.0\r\n{hostLine}\r\n");

        Assert.StartsWith("HTTP/1.1 400", response, StringComparison.Ordinal);
        Assert.DoesNotContain("http:///", response, StringComparison.Ordinal);
        Assert.DoesNotContain("<loc>", response, StringComparison.Ordinal);
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
