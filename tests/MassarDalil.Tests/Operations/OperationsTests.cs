using System.Text.Json;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MassarDalil.Tests.Operations;

public class OperationsTests
{
    [Fact]
    public async Task BehindATrustedProxyAnHttpsRequestGetsHsts()
    {
        using var app = new MassarApp(new() { ["ForwardedHeaders:Enabled"] = "true" });

        using var response = await SendThroughProxyAsync(app);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ForwardedHeadersAreIgnoredUnlessEnabled()
    {
        using var app = new MassarApp();

        using var response = await SendThroughProxyAsync(app);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task EachRequestIsLoggedWithoutTheVisitorsAddressOrSearch()
    {
        var logs = new CapturedLogs();
        using var app = new MassarApp(new() { ["ForwardedHeaders:Enabled"] = "true" });
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var client = logged.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/search?q=secret-word");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request);

        var line = Assert.Single(logs.Lines, l => l.Contains("/en/search", StringComparison.Ordinal));
        Assert.Contains("200", line, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.7", string.Join('\n', logs.Lines), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-word", string.Join('\n', logs.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void ShutdownWaitsThirtySecondsByDefaultAndAsConfigured()
    {
        using var standard = new MassarApp();
        using var configured = new MassarApp(new() { ["Shutdown:Timeout"] = "00:00:05" });

        Assert.Equal(TimeSpan.FromSeconds(30), standard.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), configured.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public void TheJsonFormatterWritesOneJsonObjectPerLogLineWhenConfigured()
    {
        using var app = new MassarApp(new() { ["Logging:Console:FormatterName"] = "json" });

        var name = app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName;
        var formatter = app.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == name);
        using var output = new StringWriter();
        formatter.Write(new LogEntry<string>(LogLevel.Information, "MassarDalil.Test", new EventId(7), "published", null, (s, _) => s), null, output);

        using var line = JsonDocument.Parse(output.ToString());
        Assert.Equal("published", line.RootElement.GetProperty("Message").GetString());
        Assert.Equal("Information", line.RootElement.GetProperty("LogLevel").GetString());
        Assert.EndsWith("Z", line.RootElement.GetProperty("Timestamp").GetString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendThroughProxyAsync(MassarApp app)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://dalil.example.ma/"), AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/faq");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return await client.SendAsync(request);
    }
}
