using MassarDalil.Content.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MassarDalil.Tests.Support;

/// <summary>Which database the integration tests run on: SQLite here, PostgreSQL in MassarDalil.Tests.Postgres.</summary>
public static class TestProvider
{
    public const string PostgresVariable = "MASSAR_TEST_POSTGRES";

#if POSTGRES_TESTS
    public static readonly bool IsPostgres = true;
#else
    public static readonly bool IsPostgres = false;
#endif
}

/// <summary>
/// A PostgreSQL database of one test's own, on the server named by MASSAR_TEST_POSTGRES: copied from a
/// template migrated once per run (a copy takes milliseconds, migrating takes seconds), dropped on dispose.
/// The copy holds the schema only, so the site still fills it from the seed at start, as on SQLite.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    private const string Template = "massar_test_template";
    private static readonly Lazy<string> Server = new(PrepareTemplate);

    private PostgresTestDatabase(string name) =>
        (Name, ConnectionString) = (name, new NpgsqlConnectionStringBuilder(Server.Value) { Database = name }.ToString());

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Migrated, not seeded.</summary>
    public static PostgresTestDatabase Create() => Create($"TEMPLATE \"{Template}\"");

    /// <summary>No tables at all, as a new server's database is.</summary>
    public static PostgresTestDatabase CreateEmpty() => Create("");

    public void Dispose()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        Execute(Server.Value, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
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
        Execute(server, $"DROP DATABASE IF EXISTS \"{Template}\" WITH (FORCE)");
        Execute(server, $"CREATE DATABASE \"{Template}\"");
        var template = new NpgsqlConnectionStringBuilder(server) { Database = Template, Pooling = false }.ToString();
        using (var db = new PostgresContentDbContext(new DbContextOptionsBuilder<PostgresContentDbContext>().UseNpgsql(template).Options))
        {
            db.Database.Migrate();
        }
        return server;
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
