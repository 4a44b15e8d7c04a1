using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Operations;

/// <summary>What an operator needs: health checks, logs, the reverse proxy and shutdown.</summary>
public static class OperationsExtensions
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [DatabaseReadyCheck.Tag]);

        // Logging:Console:FormatterName = json gives one JSON object per line (see docs/production.md);
        // the default stays the simple formatter, which is what Development shows.
        builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            options.IncludeScopes = true;
        });

        builder.Services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section)
            .Validate(ForwardedHeadersSettings.IsValid, "ForwardedHeaders:KnownProxies must hold IP addresses and KnownNetworks CIDR networks such as 10.0.0.0/24")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in settings.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in settings.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        builder.Services.AddOptions<ShutdownSettings>().BindConfiguration(ShutdownSettings.Section)
            .Validate(s => s.Timeout > TimeSpan.Zero, "Shutdown:Timeout must be positive, such as 00:00:30")
            .ValidateOnStart();
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<ShutdownSettings>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);
        return builder;
    }

    /// <summary>First in the pipeline, so everything after it sees the visitor's scheme and a request log covers it all.</summary>
    public static WebApplication UseOperations(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }
        app.UseMiddleware<RequestLog>();
        return app;
    }

    /// <summary><c>/healthz</c>: the process answers (liveness). <c>/healthz/ready</c>: and it can read its database.</summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseReadyCheck.Tag) });
        return app;
    }
}
