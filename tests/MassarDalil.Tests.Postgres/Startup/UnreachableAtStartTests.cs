using System.Net;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace MassarDalil.Tests.Postgres.Startup;

public class UnreachableAtStartTests
{
    [Fact]
    public async Task ADatabaseThatIsDownAtStartLeavesTheSiteLiveButUnreadyUntilItComesBack()
    {
        using var database = PostgresTestDatabase.CreateEmpty();
        var real = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var forwarder = new TcpForwarder(real.Host!, real.Port);
        var logs = new CapturedLogs();
        using var app = new MassarApp(new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Content"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = forwarder.Port }.ToString(),
        });
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var client = logged.CreateClient(new() { AllowAutoRedirect = false });

        using (var live = await client.GetAsync("/healthz"))
        using (var ready = await client.GetAsync("/healthz/ready"))
        using (var page = await client.GetAsync("/ar/faq"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal("5", page.Headers.RetryAfter?.ToString());
        }
        var said = Assert.Single(logs.Entries, l => l.Message.StartsWith("Database not ready at start (attempt 1", StringComparison.Ordinal));
        Assert.Contains($"Failed to connect to 127.0.0.1:{forwarder.Port}", said.Message, StringComparison.Ordinal);
        Assert.Contains("next try in 1 s", said.Message, StringComparison.Ordinal);

        forwarder.Open();

        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10), async () =>
        {
            using var ready = await client.GetAsync("/healthz/ready");
            return ready.StatusCode == HttpStatusCode.OK;
        }), "the site never became ready after the database came back");
        var faq = await client.GetDocumentAsync("/en/faq");
        Assert.Equal(34, faq.QuerySelectorAll("details.question").Length);
        Assert.Contains(logs.Lines, l => l.StartsWith("Database reached on attempt", StringComparison.Ordinal));
        // Each failed attempt was one line: no stack trace from EF or from the background workers.
        Assert.DoesNotContain(logs.Entries, l => l.Level >= LogLevel.Warning && l.Exception is not null);
    }
}
