using System.Net;
using MassarDalil.Content.Data;
using MassarDalil.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Operations;

/// <summary>What an operator needs: start-up on the database, health checks, logs, the reverse proxy, shutdown and several servers.</summary>
public static class OperationsExtensions
{
    /// <summary>Every server of one site must share this name, or their cookies are foreign to each other.</summary>
    public const string ApplicationName = "MassarDalil";

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        // Before any logger exists: the console logger takes standard output when it is made.
        BatchedConsoleOutput.Install();
        builder.Services.AddSingleton<RequestLogWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RequestLogWriter>());
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [DatabaseReadyCheck.Tag])
            .AddCheck<PublishedContentCheck>("published-content", tags: [DatabaseReadyCheck.Tag]);

        // Logging:Console:FormatterName = json gives one JSON object per line (docs/operations.md);
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
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<ShutdownSettings>>((host, shutdown) =>
        {
            try
            {
                host.ShutdownTimeout = shutdown.Value.Timeout;
            }
            catch (Exception e) when (e is InvalidOperationException or OptionsValidationException)
            {
                // A value that does not bind ("abc") or breaks its rule: this runs as the host is built, before
                // ConfigurationCheck can refuse it in one line, so the default stands here and the check names the setting.
            }
        });
        return builder;
    }

    /// <summary>
    /// Reaching the database at start (<see cref="DatabaseStartup"/>) and the data-protection keys kept in it. Called
    /// last in Program.cs: the other features' AddDataProtection calls register the framework's eager key-ring load,
    /// which this removes.
    /// </summary>
    public static WebApplicationBuilder AddDatabaseStartup(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<DatabaseStartup>();
        // Sign-in cookies and antiforgery tokens made by one server must open on another: the keys live in the
        // shared database, and the name (not the default install path) tells the servers they are one application.
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<ContentDbContext>()
            .ProtectKeysWithConfiguredCertificate(builder.Configuration);
        // SharedKeysStep loads the key ring once the database is there; the framework's own load as the host starts
        // would only fail, with EF's stack trace, whenever the database is down at start.
        builder.Services.RemoveFrameworkDefault(typeof(IHostedService), "DataProtectionHostedService");
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
        app.UseStartupGate();
        return app;
    }

    /// <summary>
    /// Until the database is migrated and seeded, only the health checks answer; pages would fail on the
    /// database anyway, and a 503 with Retry-After tells a proxy or a person what is going on. A request that
    /// comes while the first start-up attempt is still running waits for it (at most
    /// <see cref="FirstAttemptWait"/>): the server takes requests before the database work is done.
    /// </summary>
    private static void UseStartupGate(this WebApplication app)
    {
        var readiness = app.Services.GetRequiredService<DatabaseReadiness>();
        // Passes through without awaiting once the first page is answered: this runs on every request, cached pages
        // included. Until then it notes the first page's end, which the background work waits for (a probe of
        // /healthz is not a page).
        app.Use((context, next) => readiness.HasAnsweredFirstPage || context.Request.Path.StartsWithSegments("/healthz")
            ? next(context)
            : readiness.IsReady ? AnswerFirstPageAsync(context, next, readiness) : WaitForStartAsync(context, next, readiness));
    }

    private static async Task AnswerFirstPageAsync(HttpContext context, RequestDelegate next, DatabaseReadiness readiness)
    {
        await next(context);
        readiness.MarkFirstPageAnswered();
    }

    /// <summary>Long enough for a first start on a fresh database (migrations and the seed), short of a proxy's timeout.</summary>
    internal static readonly TimeSpan FirstAttemptWait = TimeSpan.FromSeconds(5);

    private static async Task WaitForStartAsync(HttpContext context, RequestDelegate next, DatabaseReadiness readiness)
    {
        await readiness.FirstAttempt.WaitAsync(FirstAttemptWait, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!readiness.IsReady)
        {
            await WriteStartingAsync(context);
            return;
        }
        await AnswerFirstPageAsync(context, next, readiness);
    }

    private static Task WriteStartingAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/plain; charset=utf-8";
        // The gate runs before the security headers' middleware (cached pages are answered before it): its refusal
        // sets them itself, as the host check's does.
        SecurityHeaders.Write(context);
        return context.Response.WriteAsync(
            "الموقع قيد التشغيل ولم يصل إلى قاعدة بياناته بعد. أعد المحاولة بعد قليل.\n" +
            "The site is starting and cannot reach its database yet. Try again in a moment.\n", context.RequestAborted);
    }

    /// <summary>
    /// <c>/healthz</c>: the process answers (liveness). <c>/healthz/ready</c>: and it can read its database and
    /// rebuild what visitors see ("Degraded", still 200, when some published text shows a placeholder).
    /// </summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseReadyCheck.Tag) });
        return app;
    }
}
