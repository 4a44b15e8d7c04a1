using MassarDalil.Content.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MassarDalil.Cli.Commands;

/// <summary>What rehearsing a restore found: the copy's state when it can replace the database, else why not.</summary>
internal sealed record RehearsalResult(DatabaseState? State, string? Problem);

/// <summary>
/// Rehearses a restore on a copy of the backup, never on the live database: the copy must pass SQLite's integrity
/// check, hold a migration history made of migrations this version knows, migrate to this version, have every table
/// and column the model maps, and let its content be read. A file holding only some tables once passed a lighter check,
/// replaced the database and then failed to migrate, and the users, pages and keys were gone.
/// </summary>
internal static class RestoreRehearsal
{
    private const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>Copies <paramref name="backup"/> to <paramref name="copy"/> and brings the copy to this version.</summary>
    public static async Task<RehearsalResult> RunAsync(string backup, string copy, CancellationToken cancellationToken = default)
    {
        if (new FileInfo(backup).Length == 0)
        {
            return Refused("the file is empty");
        }
        try
        {
            await using (var source = SqliteFile.Open(backup, SqliteOpenMode.ReadOnly))
            await using (var target = SqliteFile.Open(copy, SqliteOpenMode.ReadWriteCreate))
            {
                await SqliteFile.CopyAsync(source, target, cancellationToken);
            }
            await using (var connection = SqliteFile.Open(copy, SqliteOpenMode.ReadWrite))
            {
                if (await SqliteFile.ScalarAsync(connection, "PRAGMA integrity_check(1)", cancellationToken) is not "ok" and var damage)
                {
                    return Refused($"the file is damaged (SQLite's integrity check says: {damage})");
                }
                if (await HistoryProblemAsync(connection, cancellationToken) is { } history)
                {
                    return Refused(history);
                }
            }
        }
        catch (SqliteException e)
        {
            // Not a database at all ("file is not a database"), or one cut short.
            return Refused($"SQLite cannot read it ({SQLitePCL.raw.sqlite3_errstr(e.SqliteErrorCode).utf8_to_string()})");
        }
        await using var db = Context(copy);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or DbUpdateException)
        {
            return Refused($"migrating it to this version failed ({e.GetBaseException().Message.TrimEnd('.')})");
        }
        await using (var connection = SqliteFile.Open(copy, SqliteOpenMode.ReadOnly))
        {
            if (await SchemaProblemAsync(connection, db.Model, cancellationToken) is { } schema)
            {
                return Refused(schema);
            }
        }
        try
        {
            await ReadEverythingAsync(db, cancellationToken);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            return Refused($"its content cannot be read ({e.GetBaseException().Message.TrimEnd('.')})");
        }
        return await DatabaseState.ReadAsync(copy) is { } state ? new RehearsalResult(state, null) : Refused("it holds no content state");
    }

    /// <summary>Every migration the backup has applied must be one of ours; one we do not know means its schema is not ours.</summary>
    private static async Task<string?> HistoryProblemAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (!(await SqliteFile.ColumnsAsync(connection, HistoryTable, cancellationToken)).Contains("MigrationId"))
        {
            return $"it has no migration history ({HistoryTable}), so what its tables hold cannot be known";
        }
        var applied = await SqliteFile.ColumnAsync(connection, $"SELECT MigrationId FROM \"{HistoryTable}\" ORDER BY MigrationId", cancellationToken);
        await using var db = Context(":memory:");
        var known = db.Database.GetMigrations().ToList();
        foreach (var id in applied.Where(id => !known.Contains(id, StringComparer.Ordinal)))
        {
            return string.CompareOrdinal(id, known[^1]) > 0
                ? $"it was made by a newer version of Massar Dalil (migration {id}, after this version's last, {known[^1]}); restore it with that version"
                : $"its migration history names {id}, a migration this version of Massar Dalil does not know";
        }
        return null;
    }

    /// <summary>After migrating, every table and column the model maps must be there.</summary>
    private static async Task<string?> SchemaProblemAsync(SqliteConnection connection, IModel model, CancellationToken cancellationToken)
    {
        foreach (var table in model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var columns = await SqliteFile.ColumnsAsync(connection, table.Name, cancellationToken);
            if (columns.Count == 0)
            {
                return $"it has no table {table.Name}";
            }
            if (table.Columns.FirstOrDefault(c => !columns.Contains(c.Name)) is { } missing)
            {
                return $"its table {table.Name} has no column {missing.Name}";
            }
        }
        return null;
    }

    /// <summary>Reads every row of every mapped entity, one at a time, so stored JSON and values that do not convert show now.</summary>
    private static async Task ReadEverythingAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null))
        {
            var rows = (IQueryable<object>)typeof(RestoreRehearsal).GetMethod(nameof(Rows), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type.ClrType).Invoke(null, [db])!;
            await foreach (var _ in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
            }
        }
    }

    private static IQueryable<object> Rows<T>(ContentDbContext db) where T : class => db.Set<T>().AsNoTracking();

    private static SqliteContentDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<SqliteContentDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()).Options);

    private static RehearsalResult Refused(string problem) => new(null, problem);
}
