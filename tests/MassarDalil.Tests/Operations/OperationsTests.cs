using System.Net;
using System.Text.Json;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Operations;
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

        // Lines are written in batches, off the request's path: wait for it as an operator's log reader would.
        var line = await RequestLineAsync(logs, "/en/search");
        Assert.Matches(@"^GET /en/search 200 \d+\.\d ms \S+$", line);
        Assert.DoesNotContain("203.0.113.7", string.Join('\n', logs.Lines), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-word", string.Join('\n', logs.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRequestLogLinesCanBeTurnedOffWithOneLogLevel()
    {
        var logs = new CapturedLogs();
        using var app = new MassarApp(new() { ["Logging:LogLevel:MassarDalil.Requests"] = "Warning" });
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));

        using var response = await logged.CreateClient().GetAsync("/en/faq");
        // Stopping the site writes out whatever the request log still holds (RequestsStillWaitingWhenTheSiteStopsAreLogged),
        // so once it has stopped every line it was going to log has been logged: no waiting for a batch interval.
        await logged.DisposeAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(logs.Entries, l => l.Category == RequestLogWriter.Category);
    }

    [Fact]
    public async Task RequestsStillWaitingWhenTheSiteStopsAreLogged()
    {
        var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(l => l.AddProvider(logs));
        var writer = new RequestLogWriter(factory);
        writer.Add(new RequestLogEntry("GET", "/ar/faq", 200, 1.26, "0HN-1"));
        writer.Add(new RequestLogEntry("POST", "/ar/feedback", 503, 0.5, "0HN-2"));

        await writer.StopAsync(CancellationToken.None);
        writer.Dispose();

        Assert.Equal(["GET /ar/faq 200 1.3 ms 0HN-1", "POST /ar/feedback 503 0.5 ms 0HN-2"], logs.Lines);
    }

    [Fact]
    public void WhenTheLogOutputFallsBehindLinesAreDroppedAndCounted()
    {
        var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(l => l.AddProvider(logs));
        var writer = new RequestLogWriter(factory);

        for (var i = 0; i < RequestLogWriter.Capacity + 3; i++)
        {
            writer.Add(new RequestLogEntry("GET", "/en/faq", 200, 0.1, $"r{i}"));
        }
        writer.Dispose();

        Assert.Equal(RequestLogWriter.Capacity, logs.Entries.Count(l => l.Level == LogLevel.Information));
        var warning = Assert.Single(logs.Entries, l => l.Level == LogLevel.Warning);
        Assert.StartsWith("3 request log lines were dropped", warning.Message, StringComparison.Ordinal);
        Assert.Contains("GET /en/faq 200 0.1 ms r0", logs.Lines);
        Assert.DoesNotContain($"GET /en/faq 200 0.1 ms r{RequestLogWriter.Capacity}", logs.Lines);
    }

    private static async Task<string> RequestLineAsync(CapturedLogs logs, string path)
    {
        IEnumerable<LogLine> Lines() => logs.Entries.Where(l => l.Category == RequestLogWriter.Category && l.Message.Contains(path, StringComparison.Ordinal));
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(5), () => Task.FromResult(Lines().Any()), pollMs: 20), $"no request log line for {path} within 5 s");
        return Assert.Single(Lines()).Message;
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
