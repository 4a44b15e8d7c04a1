using Npgsql;

namespace MassarDalil.Tests.Support;

/// <summary>
/// The seeded template's rows and sequence positions, read once, and put back into a database a test has finished
/// with, so the next test can have it. A fresh copy of the template cost the server a new database (9 MB of catalog
/// and rows written through the WAL), server processes that each built their catalog caches from nothing, and a DROP
/// DATABASE that waits for a checkpoint; a reset deletes and puts back 0.8 MB of rows in tables that exist, and the
/// site's pooled connections, already warm, serve the next test. DELETE, not TRUNCATE: TRUNCATE gives every table and
/// index a new file and rebuilds the indexes: the server used 141-149 s of CPU for this project with it, 99 s with
/// DELETE (docs/performance.md, "The test suite").
/// The tables' shape is compared first: a database whose tables a test changed (a dropped table, an added column),
/// or that a connection is still using, is not reset but dropped.
/// </summary>
internal sealed class PostgresSeededRows
{
    /// <summary>The public schema's tables, columns, constraints, indexes and triggers, as one hash.</summary>
    private const string ShapeQuery = """
        SELECT md5(string_agg(item, ',' ORDER BY item)) FROM (
          SELECT c.relname || '/' || c.relkind::text || '/' || a.attname || ':' || format_type(a.atttypid, a.atttypmod) || ':' || a.attnotnull AS item
          FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
          WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
          UNION ALL SELECT 'constraint:' || conrelid::regclass::text || ':' || conname || ':' || pg_get_constraintdef(oid)
          FROM pg_constraint WHERE connamespace = 'public'::regnamespace
          UNION ALL SELECT 'trigger:' || tgrelid::regclass::text || ':' || tgname FROM pg_trigger WHERE NOT tgisinternal
          UNION ALL SELECT 'schema:' || nspname FROM pg_namespace
          UNION ALL SELECT 'function:' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace
        ) shape
        """;

    /// <summary>
    /// Idle connections the next test's site may have from the pool, ready to query without a server process
    /// starting and filling its caches; a test that opened more (a burst of requests) has its pool emptied, so
    /// that a run's databases together stay well inside the server's 100 connections.
    /// </summary>
    private const int MostIdleKept = 4;

    private readonly string _shape;
    private readonly IReadOnlyList<string> _tables;
    private readonly IReadOnlyList<ForeignKey> _postponed;
    private readonly IReadOnlyList<(string Table, byte[] Rows)> _rows;
    private readonly string _sequences;

    private PostgresSeededRows(string shape, IReadOnlyList<string> tables, IReadOnlyList<ForeignKey> postponed, IReadOnlyList<(string, byte[])> rows, string sequences) =>
        (_shape, _tables, _postponed, _rows, _sequences) = (shape, tables, postponed, rows, sequences);

    /// <summary>Reads the rows of every table in the database, parents before the tables whose keys point at them.</summary>
    public static PostgresSeededRows Read(string connectionString)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        connection.Open();
        var (tables, postponed) = ParentsFirst(connection);
        var rows = new List<(string, byte[])>();
        foreach (var table in tables)
        {
            using var copy = connection.BeginRawBinaryCopy($"COPY {table} TO STDOUT (FORMAT BINARY)");
            using var bytes = new MemoryStream();
            copy.CopyTo(bytes);
            rows.Add((table, bytes.ToArray()));
        }
        return new PostgresSeededRows(Scalar(connection, ShapeQuery), tables, postponed, rows, SequencePositions(connection));
    }

    /// <summary>
    /// Empties every table and fills it again as the template had it, with each sequence where the template left
    /// it, in one transaction; false, having changed nothing, when the tables are no longer the template's.
    /// </summary>
    public bool TryReset(string connectionString)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        connection.Open();
        var (idle, busy) = Connections(connection);
        if (busy > 0)
        {
            return false; // a site that outlived its test, still writing: its writes must not land in the next test's rows
        }
        if (idle > MostIdleKept)
        {
            using var pooled = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(pooled);
        }
        using var transaction = connection.BeginTransaction();
        Execute(connection, "SET LOCAL lock_timeout = '10s'");
        if (Scalar(connection, ShapeQuery) != _shape)
        {
            return false;
        }
        foreach (var key in _postponed)
        {
            Execute(connection, $"ALTER TABLE {key.Table} DROP CONSTRAINT {key.Name}");
        }
        // Children first; the keys that point both ways are gone until the rows are back.
        Execute(connection, string.Join("; ", _tables.Reverse().Select(table => $"DELETE FROM {table}")));
        foreach (var (table, rows) in _rows)
        {
            using var copy = connection.BeginRawBinaryCopy($"COPY {table} FROM STDIN (FORMAT BINARY)");
            copy.Write(rows);
        }
        foreach (var key in _postponed)
        {
            Execute(connection, $"ALTER TABLE {key.Table} ADD CONSTRAINT {key.Name} {key.Definition}");
        }
        Execute(connection, _sequences);
        transaction.Commit();
        return true;
    }

    /// <summary>
    /// The public schema's tables, each after every table its foreign keys point at (a key to itself aside), and
    /// the keys that had to wait for the rows of both tables because two tables point at each other (a page at its
    /// published revision, a revision at its page).
    /// </summary>
    private static (List<string> Tables, List<ForeignKey> Postponed) ParentsFirst(NpgsqlConnection connection)
    {
        var names = new Dictionary<uint, string>();
        using (var command = new NpgsqlCommand(
                   "SELECT oid, 'public.' || quote_ident(relname) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                names[reader.GetFieldValue<uint>(0)] = reader.GetString(1);
            }
        }
        var keys = new List<(uint Child, uint Parent, ForeignKey Key)>();
        using (var command = new NpgsqlCommand(
                   "SELECT conrelid, confrelid, quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint " +
                   "WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND conrelid <> confrelid", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var child = reader.GetFieldValue<uint>(0);
                keys.Add((child, reader.GetFieldValue<uint>(1), new ForeignKey(names[child], reader.GetString(2), reader.GetString(3))));
            }
        }
        var ordered = new List<string>();
        var postponed = new List<ForeignKey>();
        var placed = new HashSet<uint>();
        bool Waiting(uint table) => keys.Any(k => k.Child == table && !placed.Contains(k.Parent));
        while (placed.Count < names.Count)
        {
            var left = names.Keys.Where(oid => !placed.Contains(oid)).OrderBy(oid => names[oid], StringComparer.Ordinal).ToList();
            var ready = left.Where(oid => !Waiting(oid)).ToList();
            if (ready.Count == 0)
            {
                // A circle: the first table left has its keys to tables not yet filled dropped while rows go in.
                ready = [left[0]];
                postponed.AddRange(keys.Where(k => k.Child == left[0] && !placed.Contains(k.Parent)).Select(k => k.Key));
            }
            placed.UnionWith(ready);
            ordered.AddRange(ready.Select(oid => names[oid]));
        }
        return (ordered, postponed);
    }

    private sealed record ForeignKey(string Table, string Name, string Definition);

    /// <summary>One statement that sets every sequence of the public schema back to where it is now.</summary>
    private static string SequencePositions(NpgsqlConnection connection)
    {
        var calls = new List<string>();
        using var command = new NpgsqlCommand(
            "SELECT quote_literal('public.' || quote_ident(sequencename)), last_value, start_value FROM pg_sequences WHERE schemaname = 'public'", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // A sequence never used has no last value: the next call must return its start, as on a fresh copy.
            calls.Add(reader.IsDBNull(1)
                ? $"setval({reader.GetString(0)}, {reader.GetInt64(2)}, false)"
                : $"setval({reader.GetString(0)}, {reader.GetInt64(1)}, true)");
        }
        return calls.Count == 0 ? "SELECT 1" : "SELECT " + string.Join(", ", calls);
    }

    /// <summary>The other connections to this database: idle in the test process's pool, and doing something.</summary>
    private static (long Idle, long Busy) Connections(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE state = 'idle'), count(*) FILTER (WHERE state <> 'idle') FROM pg_stat_activity " +
            "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static string Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return (string)command.ExecuteScalar()!;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
