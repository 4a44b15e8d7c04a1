using MassarDalil.Content.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Cli.Commands;

/// <summary>Plain connections to a SQLite file, for the commands that copy and check whole databases.</summary>
internal static class SqliteFile
{
    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        // No pooling: a pooled connection would keep the file open after the command is done with it.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The engine's context on the SQLite file at <paramref name="path"/>, not pooled (as <see cref="Open"/>).</summary>
    public static SqliteContentDbContext Content(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWrite) =>
        new(new DbContextOptionsBuilder<SqliteContentDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString()).Options);

    /// <summary>
    /// How long a copy waits for a lock that another connection holds: as long as a command of the site waits
    /// (Microsoft.Data.Sqlite's default command timeout), far longer than any write or checkpoint of the site takes.
    /// </summary>
    private static readonly TimeSpan LockPatience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Copies <paramref name="source"/> over <paramref name="destination"/> with SQLite's backup API, trying again
    /// while another connection (the running site, say) holds a lock either file needs. The API itself gives up at
    /// once with "database is locked", which made a backup taken while visitors read fail now and then. A refused
    /// attempt changes nothing in the destination, so trying again is safe.
    /// </summary>
    public static async Task CopyAsync(SqliteConnection source, SqliteConnection destination, CancellationToken cancellationToken = default)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                source.BackupDatabase(destination);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED && waited.Elapsed < LockPatience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
    }

    public static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>The first column of every row, as text.</summary>
    public static async Task<IReadOnlyList<string>> ColumnAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    /// <summary>The names of a table's columns; none when there is no such table.</summary>
    public static async Task<IReadOnlySet<string>> ColumnsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken) =>
        (await ColumnAsync(connection, $"SELECT name FROM pragma_table_info('{table.Replace("'", "''", StringComparison.Ordinal)}')", cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
}
