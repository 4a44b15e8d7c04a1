using MassarDalil.Content.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MassarDalil.Content.Data;

/// <summary>Brings the database to the current schema and, when it holds no pages, fills it from the seed.</summary>
public sealed partial class DatabaseInitializer(
    ContentDbContext db, SeedImporter importer, IOptions<ContentOptions> options, ILogger<DatabaseInitializer> logger)
{
    public const string SeedActor = "seed";

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // Migrate only when behind: MigrateAsync also checks the mapping against the last migration, which
        // builds the full design-time model and would undo what the compiled model saves at every start.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Seed not imported: {Problem}")]
    private partial void LogSeedError(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty database filled from {Folder}: {Pages} pages, {Questions} questions")]
    private partial void LogSeeded(string folder, int pages, int questions);
}
