using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace MassarDalil.Tests.Support;

/// <summary>A SQLite file for one test, read directly (not through EF) so nothing the app does colours what a test sees.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase(string? relativePath = null)
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "massar-tests", Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Folder, relativePath ?? "massar.db");
    }

    /// <summary>The test's own folder; it does not exist until something creates it.</summary>
    public string Folder { get; }

    public string Path { get; }

    /// <summary>Every row of every table, in a stable order: two equal dumps mean an unchanged database.</summary>
    public async Task<string> DumpAsync()
    {
        var dump = new StringBuilder();
        await using var connection = Open();
        foreach (var table in await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        {
            dump.Append(CultureInfo.InvariantCulture, $"# {table[0]}\n");
            foreach (var row in await QueryAsync(connection, $"SELECT * FROM \"{table[0]}\" ORDER BY rowid"))
            {
                dump.AppendJoin('|', row).Append('\n');
            }
        }
        return dump.ToString();
    }

    public async Task<long> CountAsync(string sql) => Convert.ToInt64((await QueryAsync(sql))[0][0], CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<object?[]>> QueryAsync(string sql)
    {
        await using var connection = Open();
        return await QueryAsync(connection, sql);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = Open(readOnly: false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// A connection that holds the file so that no other connection can read or write it, until disposed: a write
    /// transaction in SQLite's exclusive locking mode, which in WAL mode keeps readers out as well.
    /// </summary>
    public async Task<SqliteConnection> HoldExclusivelyAsync()
    {
        var connection = Open(readOnly: false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private SqliteConnection Open(bool readOnly = true)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task<IReadOnlyList<object?[]>> QueryAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }
        return rows;
    }
}
