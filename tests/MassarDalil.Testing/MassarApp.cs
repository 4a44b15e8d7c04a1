using System.Net;
using MassarDalil.Content.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MassarDalil.Tests.Support;

/// <summary>
/// The real site on a fresh database of its own (a SQLite file, or a PostgreSQL database in
/// MassarDalil.Tests.Postgres), seeded from the repository's seed/ unless a test says otherwise.
/// One per test, so tests share no state, except in a class whose tests only read (ReadOnlySite in
/// MassarDalil.Tests). With the default seed the database is a copy of a
/// <see cref="SeededTemplate"/>; with another seed, or a file the test brings, the site seeds it itself.
/// </summary>
public sealed class MassarApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;
    private readonly PostgresTestDatabase? _postgres;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="databasePath">A SQLite file the test owns (and deletes); by default one of the app's own.</param>
    /// <param name="services">Changes to the app's services, made after its own (a fault switch, say).</param>
    public MassarApp(Dictionary<string, string?>? settings = null, string? databasePath = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        var given = settings?.GetValueOrDefault("ConnectionStrings:Content");
        _ownsDatabase = databasePath is null && given is null;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), "massar-tests", $"{Guid.NewGuid():N}.db");
        var defaultSeed = SeededTemplate.Fits(settings);
        if (settings is not null && given is not null && databasePath is null)
        {
            // Another server on a database the test already has (another app's DatabaseSettings): it is that
            // database's, and makes none of its own, which it would never use.
            DatabaseSettings = settings.Where(s => s.Key is "ConnectionStrings:Content" or "Database:Provider").ToDictionary();
            if (settings.GetValueOrDefault("Database:Provider") != "Postgres")
            {
                DatabasePath = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(given).DataSource;
            }
        }
        else if (TestProvider.IsPostgres && databasePath is null)
        {
            _postgres = defaultSeed ? PostgresTestDatabase.CreateSeeded() : PostgresTestDatabase.Create();
            DatabaseSettings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Content"] = _postgres.ConnectionString,
            };
        }
        else
        {
            DatabaseSettings = new Dictionary<string, string?> { ["ConnectionStrings:Content"] = $"Data Source={DatabasePath}" };
            if (defaultSeed && databasePath is null)
            {
                SeededTemplate.CopySqliteTo(DatabasePath);
            }
        }
        _settings = new Dictionary<string, string?>(DatabaseSettings)
        {
            ["Content:SeedPath"] = TestPaths.Seed,
            ["Content:SeedOnEmpty"] = "true",
            // Most tests never search: their sites skip the index build (a tenth of a test site's CPU) unless one does.
            ["Search:BuildOnFirstSearch"] = "true",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    /// <summary>
    /// PBKDF2 rounds for the passwords a test site hashes, where the site uses Identity's default (100,000): each
    /// site creates its first administrator and most sign in once, and at the default every hash and every check
    /// cost 50 ms of CPU, a tenth of the run. Safe to lower here: a hash records its own count, so checking a
    /// password works the same whatever the count, and the site's own code never sets it.
    /// </summary>
    public const int TestHashIterations = 10;

    /// <summary>Whether creating the server waits for its first database start-up attempt (see <see cref="CreateHost"/>).</summary>
    public bool WaitForDatabase { get; init; } = true;

    /// <summary>
    /// Whether the files under the project's wwwroot are found through the build's manifest, as the site finds
    /// them in Development; off, the site sees only its web root, as a Production server does.
    /// </summary>
    public bool StaticWebAssets { get; init; } = true;

    /// <summary>The SQLite file (unused on PostgreSQL: see <see cref="DatabaseSettings"/>).</summary>
    public string DatabasePath { get; }

    /// <summary>The settings that point a second server or the CLI at this app's database (the one it was given, if any).</summary>
    public IReadOnlyDictionary<string, string?> DatabaseSettings { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the files under wwwroot are found through the build's manifest only when asked.
        if (StaticWebAssets)
        {
            builder.UseStaticWebAssets();
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestHashIterations));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    /// <summary>
    /// The site takes requests while its database starts (requests wait at its start-up gate); a test that
    /// reads or arranges the database before its first request waits here for that first attempt instead.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitForDatabase && !host.Services.GetRequiredService<DatabaseReadiness>().FirstAttempt.Wait(TimeSpan.FromMinutes(1)))
        {
            throw new TimeoutException("The site's first database start-up attempt did not end within a minute.");
        }
        return host;
    }

    /// <summary>A scope on the app's own services, for arranging data and checking what was stored.</summary>
    public async Task<T> WithDbAsync<T>(Func<ContentDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ContentDbContext>(), scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<ContentDbContext, Task<T>> work) => WithDbAsync((db, _) => work(db));

    public HttpClient CreateVisitor() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>
    /// Starts the site on Kestrel at a free loopback port, as a real browser and raw HTTP need (the in-memory
    /// server has no port and fills in HEAD bodies), and returns its address, such as <c>http://127.0.0.1:43127/</c>.
    /// Call before anything starts the site.
    /// </summary>
    public Uri StartOnLoopback()
    {
        // Not UseKestrel(0): a port there makes the factory rewrite the server's address list after the host is
        // built, and with top-level Program the site's own app.Run() may have started the server by then
        // ("Addresses cannot be modified after the server has started", seen once in a full run).
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        LoopbackAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return LoopbackAddress;
    }

    /// <summary>The address <see cref="StartOnLoopback"/> started the site at; null until it has.</summary>
    public Uri? LoopbackAddress { get; private set; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _postgres?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsDatabase)
        {
            return;
        }
        foreach (var suffix in new[] { "", "-wal", "-shm", ".lock" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}

public static class TestPaths
{
    public static string Root => ContentPaths.Root;
    public static string Seed => Path.Combine(ContentPaths.Root, "seed");
}
