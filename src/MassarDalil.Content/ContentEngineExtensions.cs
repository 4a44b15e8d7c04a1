using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Import;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MassarDalil.Content;

public static class ContentEngineExtensions
{
    public const string ConnectionStringName = "Content";
    public const string DefaultConnectionString = "Data Source=data/massar.db";

    /// <summary>The engine: database, publishing, import and export, Markdown and the published read side.</summary>
    public static IServiceCollection AddContentEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section).ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate(o => o.Provider is DatabaseOptions.Sqlite, $"Database:Provider must be '{DatabaseOptions.Sqlite}'")
            .ValidateOnStart();

        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;
        // Resolved (and its folder created) once, on first use: resolving per context would quietly recreate a
        // lost database folder, and the next connection would then start an empty database in it.
        var sqlite = new Lazy<string>(() => ContentPaths.ResolveSqlite(connectionString));
        services.AddDbContext<ContentDbContext, SqliteContentDbContext>(options => options.UseSqlite(sqlite.Value));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<PublishedContent>();
        services.AddScoped<Publisher>();
        services.AddScoped<PageEditor>();
        services.AddScoped<AuditLog>();
        services.AddScoped<SeedImporter>();
        services.AddScoped<SeedExporter>();
        services.AddScoped<DatabaseInitializer>();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => o.MaxAttempts >= 1 && o.Concurrency >= 1 && o.PollInterval > TimeSpan.Zero && o.Timeout > TimeSpan.Zero,
                "Webhooks: MaxAttempts and Concurrency must be at least 1, PollInterval and Timeout positive")
            .ValidateOnStart();
        services.AddScoped<WebhookService>();
        services.AddScoped<WebhookOutbox>();
        return services;
    }
}
