using MassarDalil.Content.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MassarDalil.Tests.Support;

/// <summary>Which database the integration tests run on: SQLite, or PostgreSQL in MassarDalil.Tests.Postgres.</summary>
public static class TestProvider
{
    public const string PostgresVariable = "MASSAR_TEST_POSTGRES";

    /// <summary>
    /// Set once, as MassarDalil.Tests.Postgres starts (its test framework, RunOnPostgres), before any of its tests
    /// runs: this library and the shared tests are built once for every test project, so the choice is made at
    /// run time, never when they are compiled.
    /// </summary>
    public static bool IsPostgres { get; private set; }

    public static void UsePostgres() => IsPostgres = true;
}

/// <summary>
/// A PostgreSQL database of one test's own, on the server named by MASSAR_TEST_POSTGRES: copied from a
/// template migrated once per run (a copy takes a tenth of a second, migrating takes seconds), dropped after dispose
/// by a background thread (<see cref="PostgresDatabasePool"/>), unless it is a seeded one the pool can reset.
/// <see cref="CreateSeeded"/> takes a database holding the default seed, as on SQLite: a copy, made ahead, of a
/// second template, or one an earlier test had, put back to the seeded state behind it (<see cref="PostgresSeededRows"/>).
/// Every database of a run is named after the run (<c>massar_test_{run}_...</c>), and the run holds an advisory lock
/// named after it for as long as its process lives: a new run drops what runs that no longer hold their lock left
/// behind (killed ones), and leaves alone the databases of runs still going, so runs can share one server.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    private const string Prefix = "massar_test_";
    private static readonly long Run = Random.Shared.NextInt64(1, long.MaxValue);
    private static readonly string RunPrefix = $"{Prefix}{Run:x16}_";
    private static readonly string Template = RunPrefix + "template";
    private static readonly string SeededTemplateName = RunPrefix + "seeded";

    /// <summary>Holds the run's advisory lock until the process ends (its end closes the connection, which frees the lock).</summary>
    private static NpgsqlConnection? _runLock;

    private static readonly Lazy<string> Server = new(PrepareTemplate);
    private static readonly Lazy<string> Seeded = new(PrepareSeededTemplate);

    /// <summary>The seeded template's rows, to put back into a seeded database a test has finished with.</summary>
    private static readonly Lazy<PostgresSeededRows> SeededRows = new(() => PostgresSeededRows.Read(ConnectionTo(Seeded.Value)));

    /// <summary>Seeded databases made ahead of the tests and reset behind them, and every other test database dropped behind them.</summary>
    private static readonly Lazy<PostgresDatabasePool> Pool = new(() =>
    {
        // Read before the first test, where a failure to read them is seen, not behind it where it would only slow the run.
        var seededRows = SeededRows.Value;
        return new PostgresDatabasePool(
            () => Create($"TEMPLATE \"{Seeded.Value}\"").Name,
            name => seededRows.TryReset(ConnectionTo(name)),
            name => Drop(Server.Value, name),
            ahead: Environment.ProcessorCount + 2);
    });

    private readonly bool _seeded;
    private int _returned;

    private PostgresTestDatabase(string name, bool seeded = false) => (Name, ConnectionString, _seeded) = (name, ConnectionTo(name), seeded);

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Migrated, not seeded.</summary>
    public static PostgresTestDatabase Create() => Create($"TEMPLATE \"{Template}\"");

    /// <summary>Migrated and filled from the default seed (see <see cref="SeededTemplate"/>).</summary>
    public static PostgresTestDatabase CreateSeeded() => new(Pool.Value.Take(), seeded: true);

    /// <summary>
    /// Called after a run's last test: waits for the resets and drops behind the tests and drops the seeded
    /// databases, so the run leaves only its two templates for the next run to drop.
    /// </summary>
    public static void FinishRun()
    {
        if (Pool.IsValueCreated)
        {
            Pool.Value.Close();
        }
    }

    /// <summary>No tables at all, as a new server's database is.</summary>
    public static PostgresTestDatabase CreateEmpty() => Create("");

    public void Dispose()
    {
        // Once only: a site may be disposed twice (Dispose and DisposeAsync), and a database given back twice
        // would be handed to two tests at once.
        if (Interlocked.Exchange(ref _returned, 1) == 1)
        {
            return;
        }
        // A seeded database keeps its idle pooled connections, warm, for the next test that has it.
        if (!_seeded)
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
        Pool.Value.Return(Name, reusable: _seeded);
    }

    /// <summary>What the pool does behind a test with a seeded database: false when it cannot, and drops it instead.</summary>
    internal bool ResetToSeeded() => SeededRows.Value.TryReset(ConnectionString);

    private static string ConnectionTo(string database) => new NpgsqlConnectionStringBuilder(Server.Value) { Database = database }.ToString();

    /// <summary>
    /// Never fails the test: a database left behind (an autovacuum worker the role may not stop, say) is dropped
    /// when the next run starts.
    /// </summary>
    private static void Drop(string server, string name)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            try
            {
                Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException)
            {
                Thread.Sleep(200 * attempt);
            }
        }
    }

    private static PostgresTestDatabase Create(string from)
    {
        var database = new PostgresTestDatabase($"{RunPrefix}{Guid.NewGuid():N}");
        Execute(Server.Value, $"CREATE DATABASE \"{database.Name}\" {from}");
        return database;
    }

    private static string PrepareTemplate()
    {
        var server = Environment.GetEnvironmentVariable(TestProvider.PostgresVariable)
            ?? throw new InvalidOperationException($"{TestProvider.PostgresVariable} must hold a PostgreSQL connection string");
        _runLock = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
        _runLock.Open();
        Execute(_runLock, $"SELECT pg_advisory_lock({Run})");
        DropWhatEndedRunsLeft(server);
        Execute(server, $"CREATE DATABASE \"{Template}\"");
        var template = new NpgsqlConnectionStringBuilder(server) { Database = Template, Pooling = false }.ToString();
        using (var db = new PostgresContentDbContext(new DbContextOptionsBuilder<PostgresContentDbContext>().UseNpgsql(template).Options))
        {
            db.Database.Migrate();
        }
        return server;
    }

    /// <summary>A copy of the migrated template, seeded once; its filling connections are closed, as a template's must be.</summary>
    private static string PrepareSeededTemplate()
    {
        Execute(Server.Value, $"CREATE DATABASE \"{SeededTemplateName}\" TEMPLATE \"{Template}\"");
        var seeded = new NpgsqlConnectionStringBuilder(Server.Value) { Database = SeededTemplateName, Pooling = false }.ToString();
        SeededTemplate.Fill(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Content"] = seeded,
        });
        return SeededTemplateName;
    }

    /// <summary>
    /// Drops the databases of runs that ended without cleaning up: a run whose lock can be taken has no process
    /// left. Names from before runs were named (no run in them) are dropped too.
    /// </summary>
    private static void DropWhatEndedRunsLeft(string server)
    {
        var names = new List<string>();
        using (var list = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{Prefix.Replace("_", "\\_", StringComparison.Ordinal)}%'", _runLock))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }
        foreach (var run in names.GroupBy(RunOf))
        {
            if (run.Key == Run)
            {
                continue;
            }
            if (run.Key is { } other)
            {
                using var probe = new NpgsqlCommand($"SELECT pg_try_advisory_lock({other})", _runLock);
                if (probe.ExecuteScalar() is not true)
                {
                    continue; // still going
                }
                Execute(_runLock!, $"SELECT pg_advisory_unlock({other})");
            }
            foreach (var name in run)
            {
                Drop(server, name);
            }
        }
    }

    private static long? RunOf(string name) =>
        name.Length > Prefix.Length + 17 && name[Prefix.Length + 16] == '_' &&
        long.TryParse(name.AsSpan(Prefix.Length, 16), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var run) && run > 0
            ? run : null;

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute(connection, sql);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
