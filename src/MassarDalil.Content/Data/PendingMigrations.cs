using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace MassarDalil.Content.Data;

/// <summary>
/// Whether the database is behind the code's migrations, asked at every start. EF's own
/// <c>GetPendingMigrationsAsync</c> builds a model of the history table and compiles a LINQ query over it: 100-130 ms
/// of a 1.7-second cold start (2-core VM, 2026-12-06), to learn nearly every time that nothing is pending. One plain
/// query of the same table answers the same question.
/// </summary>
internal static class PendingMigrations
{
    public static async Task<bool> AnyAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        // Asked first, without opening anything: opening a SQLite file that is not there makes an empty one, and EF's
        // migration then skips creating the database, which is where it sets the journal to WAL.
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            return true;
        }
        var applied = await AppliedAsync(db, cancellationToken);
        return applied is null || db.Database.GetMigrations().Any(id => !applied.Contains(id));
    }

    /// <summary>The ids in the history table; null when there is none (a new database), which EF creates when it migrates.</summary>
    private static async Task<HashSet<string>?> AppliedAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            // The name and column EF's history repository uses: the site never configures its own.
            command.CommandText = $"""SELECT "MigrationId" FROM "{HistoryRepository.DefaultTableName}" """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }
            return ids;
        }
        catch (DbException)
        {
            // No such table. Anything worse (the server gone) fails again, with its own words, in the migration.
            return null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
