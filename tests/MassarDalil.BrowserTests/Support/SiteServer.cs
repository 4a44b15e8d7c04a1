using System.Net;
using MassarDalil.Content.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MassarDalil.BrowserTests.Support;

/// <summary>The real site on Kestrel at a free loopback port, on a fresh seeded SQLite file.</summary>
public sealed class SiteServer : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public SiteServer(Dictionary<string, string?>? settings = null)
    {
        DatabasePath = Path.Combine(Path.GetTempPath(), "massar-browser-tests", $"{Guid.NewGuid():N}.db");
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Content"] = $"Data Source={DatabasePath}",
            ["Content:SeedPath"] = Path.Combine(ContentPaths.Root, "seed"),
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
        // Not UseKestrel(0): a port there makes the factory rewrite the server's address list after the host is
        // built, and with top-level Program the site's own app.Run() may have started the server by then
        // ("Addresses cannot be modified after the server has started", seen once in a full run).
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    public string DatabasePath { get; }

    /// <summary>For example <c>http://127.0.0.1:43127</c>.</summary>
    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the files under wwwroot are found through the build's manifest only when asked.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// The site takes requests while its database starts (requests wait at its start-up gate); a test that
    /// reads or arranges the database before its first request waits here for that first attempt instead.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (!host.Services.GetRequiredService<DatabaseReadiness>().FirstAttempt.Wait(TimeSpan.FromMinutes(1)))
        {
            throw new TimeoutException("The site's first database start-up attempt did not end within a minute.");
        }
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}
