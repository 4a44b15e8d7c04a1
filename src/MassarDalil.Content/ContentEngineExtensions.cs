using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Data.CompiledModels.Postgres;
using MassarDalil.Content.Data.CompiledModels.Sqlite;
using MassarDalil.Content.Import;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Scheduling;
using MassarDalil.Content.Webhooks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MassarDalil.Content;

public static class ContentEngineExtensions
{
    public const string ConnectionStringName = "Content";
    public const string DefaultConnectionString = "Data Source=data/massar.db";

    /// <summary>The engine: database, publishing, import and export, Markdown and the published read side.</summary>
    public static IServiceCollection AddContentEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section).ValidateOnStart();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate(o => o.Provider is DatabaseOptions.Sqlite or DatabaseOptions.Postgres,
                $"Database:Provider must be '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.Postgres}', written exactly so")
            .Validate(o => o.Provider != DatabaseOptions.Postgres || !string.IsNullOrWhiteSpace(connectionString),
                $"Database:Provider '{DatabaseOptions.Postgres}' needs ConnectionStrings:{ConnectionStringName}, such as Host=db;Database=massar;Username=massar;Password=...")
            .Validate(o => o.StartRetryMax >= TimeSpan.FromSeconds(1), "Database:StartRetryMax must be at least 00:00:01")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>>(new ConnectionStringRule(connectionString));

        // The provider decides the context type, so it is read here rather than through the options.
        // Each context is handed the compiled model (Data/CompiledModels). Left to find it, EF Core looks for it with
        // reflection on every new context; under load the runtime kept emitting fresh reflection stubs for that lookup
        // (11 in 20 s in the perf map, from the content watcher's twice-a-second check).
        // Split queries: every query of pages loads the draft's question rows (Page.DraftQuestions); joined in one
        // query, a page's published revision (the whole FAQ) would come back once per question.
        if (configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] == DatabaseOptions.Postgres)
        {
            services.AddDbContext<ContentDbContext, PostgresContentDbContext>(options => Quiet(options).UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).UseModel(PostgresContentDbContextModel.Instance));
        }
        else
        {
            // Resolved (and its folder created) once, on first use: resolving per context would quietly recreate a
            // lost database folder, and the next connection would then start an empty database in it. A failure (a folder
            // that cannot be made) is not remembered, so the start-up retries can succeed once it is fixed.
            var sqlite = new Lazy<string>(() => ContentPaths.ResolveSqlite(connectionString ?? DefaultConnectionString), LazyThreadSafetyMode.PublicationOnly);
            services.AddDbContext<ContentDbContext, SqliteContentDbContext>(options => Quiet(options).UseSqlite(sqlite.Value, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).UseModel(SqliteContentDbContextModel.Instance));
        }
        services.AddSingleton<DatabaseReadiness>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<PublishedContent>();
        services.AddScoped<Publisher>();
        services.AddScoped<PageEditor>();
        services.AddScoped<SiteTexts.SiteTextUpgrade>();
        services.AddScoped<PublishingSchedule>();
        services.AddScoped<Redirects.RedirectStore>();
        services.AddOptions<Media.MediaOptions>().BindConfiguration(Media.MediaOptions.Section)
            .Validate(o => o.MaxUploadBytes > 0 && o.MaxPixels > 0 && o.Quality is >= 1 and <= 100 && o.Widths.Length > 0 && o.Widths.All(w => w > 0),
                "Media: MaxUploadBytes, MaxPixels and every width must be positive, Quality 1 to 100")
            .ValidateOnStart();
        services.AddScoped<Media.MediaLibrary>();
        services.AddSingleton<Media.ImageWork>();
        services.AddScoped<Trash.PageTrash>();
        services.AddScoped<AuditLog>();
        services.AddScoped<SeedImporter>();
        services.AddScoped<SeedExporter>();
        services.AddScoped<DatabaseInitializer>();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => o.MaxAttempts >= 1 && o.Concurrency >= 1 && o.PollInterval > TimeSpan.Zero && o.Timeout > TimeSpan.Zero,
                "Webhooks: MaxAttempts and Concurrency must be at least 1, PollInterval and Timeout positive")
            .ValidateOnStart();
        // Data Protection (the shared key ring) is the web host's; a factory, so the CLI, which has none and never
        // touches webhook secrets, still passes the container's start-up validation in Development.
        services.AddSingleton(s => new WebhookSecrets(s.GetRequiredService<IDataProtectionProvider>()));
        services.AddScoped<WebhookService>();
        services.AddScoped<WebhookOutbox>();
        return services;
    }

    // A connection that cannot open surfaces as an exception to its caller, which says what it was doing (the start-up
    // retry writes one line); EF's own error entry would add a stack trace per attempt.
    private static DbContextOptionsBuilder Quiet(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log((RelationalEventId.ConnectionError, LogLevel.Debug)));
}
