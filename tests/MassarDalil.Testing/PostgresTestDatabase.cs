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
/// template migrated once per run (a copy takes milliseconds, migrating takes seconds), dropped on dispose.
/// <see cref="CreateSeeded"/> copies a second template that also holds the default seed, as on SQLite.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    private const string Template = "massar_test_template";
    private const string SeededTemplateName = "massar_test_seeded_template";
    private static readonly Lazy<string> Server = new(PrepareTemplate);
    private static readonly Lazy<string> Seeded = new(PrepareSeededTemplate);

    private PostgresTestDatabase(string name) =>
        (Name, ConnectionString) = (name, new NpgsqlConnectionStringBuilder(Server.Value) { Database = name }.ToString());

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Migrated, not seeded.</summary>
    public static PostgresTestDatabase Create() => Create($"TEMPLATE \"{Template}\"");

    /// <summary>Migrated and filled from the default seed (see <see cref="SeededTemplate"/>).</summary>
    public static PostgresTestDatabase CreateSeeded() => Create($"TEMPLATE \"{Seeded.Value}\"");

    /// <summary>No tables at all, as a new server's database is.</summary>
    public static PostgresTestDatabase CreateEmpty() => Create("");

    public void Dispose()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        Drop(Server.Value, Name);
    }

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
        var database = new PostgresTestDatabase($"massar_test_{Guid.NewGuid():N}");
        Execute(Server.Value, $"CREATE DATABASE \"{database.Name}\" {from}");
        return database;
    }

    private static string PrepareTemplate()
    {
        var server = Environment.GetEnvironmentVariable(TestProvider.PostgresVariable)
            ?? throw new InvalidOperationException($"{TestProvider.PostgresVariable} must hold a PostgreSQL connection string");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var leftovers = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'massar\\_test\\_%'", connection);
            using var reader = leftovers.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
            reader.Close();
            names.ForEach(name => Drop(server, name)); // the template, and any a killed run left behind
        }
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

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
