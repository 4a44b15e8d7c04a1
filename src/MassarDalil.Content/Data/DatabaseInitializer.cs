using MassarDalil.Content.Import;
using MassarDalil.Content.SiteTexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MassarDalil.Content.Data;

/// <summary>
/// Brings the database to the current schema and, when it holds no pages, fills it from the seed, then brings texts
/// stored by earlier versions up to date (<see cref="SiteTextUpgrade"/>); all under a <see cref="StartupLock"/>, so one
/// of several servers starting together does the work.
/// </summary>
public sealed partial class DatabaseInitializer(
    ContentDbContext db, SeedImporter importer, SiteTextUpgrade texts, IOptions<ContentOptions> options, ILogger<DatabaseInitializer> logger)
{
    public const string SeedActor = "seed";

    /// <param name="thenUnderLock">More start-up work that must not run twice at once (the first administrator).</param>
    public async Task InitializeAsync(Func<CancellationToken, Task>? thenUnderLock = null, CancellationToken cancellationToken = default)
    {
        await using var startupLock = await StartupLock.AcquireAsync(db, cancellationToken);
        // Our own subclass, not EF's IsNpgsql(): asking Npgsql would load its assemblies on a SQLite site.
        if (db is PostgresContentDbContext)
        {
            // Npgsql's migrator first reads the history table and treats "no such table" as none applied, but EF
            // logs that read as a failed command (npgsql/efcore.pg#3407): a fresh database's first start would
            // show an error that is not one. Creating the table first (IF NOT EXISTS) avoids it.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }
        // Migrate only when behind: MigrateAsync also checks the mapping against the last migration, which
        // builds the full design-time model and would undo what the compiled model saves at every start.
        if (await PendingMigrations.AnyAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db is SqliteContentDbContext)
        {
            // EF sets WAL only on a database it creates. A file it did not make (an empty file an operator prepared, a
            // copy from elsewhere) keeps a rollback journal, where a reader blocks a writer's commit and the write fails
            // with "database is locked"; the site reads and writes at once from its start (the snapshot loads while the
            // start-up steps write). Kept by the file once set, so this is a no-op after the first start.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", cancellationToken);
        }
        await SeedIfEmptyAsync(cancellationToken);
        // Data a schema migration cannot rewrite (texts inside JSON, as revisions). Checked at every start by one query
        // of the texts pages' JSON; it changes only texts stored without their {0}, so after the first start it finds
        // nothing to do and loads nothing more.
        if (await texts.UpgradeStoredAsync(cancellationToken) is > 0 and var upgraded)
        {
            LogTextsUpgraded(upgraded);
        }
        if (thenUnderLock is not null)
        {
            await thenUnderLock(cancellationToken);
        }
    }

    private async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedOnEmpty || await db.Pages.AnyAsync(cancellationToken))
        {
            return;
        }
        var folder = ContentPaths.Resolve(options.Value.SeedPath);
        var result = SeedFolderReader.Read(folder);
        if (!result.IsValid)
        {
            // The site still starts (empty) so an operator can see the problem and fix the files.
            foreach (var error in result.Errors)
            {
                LogSeedError(error.ToString());
            }
            return;
        }
        var summary = await importer.ImportAsync(result.Set!, SeedActor, cancellationToken);
        LogSeeded(folder, summary.Pages.Added, summary.Questions.Added);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Site texts of {Sites} sites brought up to date: the punctuation and texts the code used to write, and texts new in this version from the seed (see SiteTextUpgrade)")]
    private partial void LogTextsUpgraded(int sites);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seed not imported: {Problem}")]
    private partial void LogSeedError(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty database filled from {Folder}: {Pages} pages, {Questions} questions")]
    private partial void LogSeeded(string folder, int pages, int questions);
}
