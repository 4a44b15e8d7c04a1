using MassarDalil.Content.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MassarDalil.Cli.StaticExport;

/// <summary>
/// The real web app, started in-process from its own Program (so every page, middleware and header is what
/// visitors get), on an in-memory server rather than a port, with <c>PublicSite:StaticExport</c> on.
/// WebApplicationFactory is the supported way to run a minimal-hosting Program without its Run() taking over.
/// </summary>
internal sealed class ExportHost(IConfiguration cliConfiguration) : WebApplicationFactory<global::Program>
{
    /// <summary>The sections the public site reads that the CLI may have overridden (<c>--Key=value</c>, tests).</summary>
    private static readonly string[] PassedSections = ["Database", "ConnectionStrings", "Content", "PublicSite"];

    private static readonly Dictionary<string, string> QuietLogging = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:MassarDalil.Requests"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "None",
        ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
    };

    /// <summary>
    /// The site's own hosted services (database start-up, watcher, webhook sender, search indexer, request log),
    /// not ASP.NET's; one registered through a factory (the request log's) is known by where the factory is written.
    /// </summary>
    private static bool IsSitesBackgroundWork(ServiceDescriptor service) =>
        service.ServiceType == typeof(IHostedService) &&
        (service.ImplementationType ?? service.ImplementationInstance?.GetType() ?? service.ImplementationFactory?.Method.DeclaringType)?
            .Assembly.GetName().Name is { } assembly &&
        assembly.StartsWith("MassarDalil.", StringComparison.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        // The CSS and scripts are found through the build's static web assets manifest, as in tests.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in cliConfiguration.AsEnumerable()
            .Where(pair => pair.Value is not null && PassedSections.Any(s => pair.Key.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase))))
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("PublicSite:StaticExport", "true");
        // Warnings only, and on stderr: stdout carries the progress and the summary. Set as configuration,
        // because the app's own Logging section would otherwise win over anything set in code.
        foreach (var (key, value) in QuietLogging)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            // No background work: the export reads one snapshot (no watcher swapping it mid-crawl), sends no
            // webhooks (the running site does), creates no administrator and builds no search index.
            foreach (var own in services.Where(IsSitesBackgroundWork).ToList())
            {
                services.Remove(own);
            }
            // Gone with them is the site's DatabaseStartup (which also makes the first administrator and signing
            // keys). The export prepares the database as the CLI's other commands do: migrated, seeded if empty.
            services.AddHostedService<ExportDatabaseStartup>();
        });
    }
}

/// <summary>Migrates the database and fills an empty one from the seed, then lets the pages answer; nothing more.</summary>
internal sealed class ExportDatabaseStartup(IServiceScopeFactory scopes, DatabaseReadiness readiness) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken: cancellationToken);
        }
        readiness.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
