using MassarDalil.Tests.Support;
using Npgsql;

namespace MassarDalil.Tests.Postgres.TestHost;

/// <summary>
/// A seeded database goes from one test to the next (PostgresSeededRows): whatever a test did to its rows, the
/// next test must find exactly the seed, or tests would pass and fail by the order they ran in.
/// </summary>
public class SeededDatabaseResetTests
{
    [Fact]
    public void AResetPutsBackEveryRowAndEverySequenceATestChanged()
    {
        using var database = PostgresTestDatabase.CreateSeeded();
        var seeded = Contents(database.ConnectionString);
        Assert.NotEqual("", seeded["public.\"Pages\""]);

        // Rows gone from two tables that point at each other (a page at its published revision, a revision at its
        // page), a row changed, a row added through a sequence never used before, another sequence moved on.
        Execute(database.ConnectionString, """
            TRUNCATE "Pages" CASCADE;
            UPDATE "Sites" SET "Title" = 'changed' WHERE "Key" = 'ar';
            INSERT INTO "UnansweredSearches" ("Language", "Text", "Day", "Count", "LastSeenAt") VALUES ('ar', 'x', '2026-12-05', 1, now());
            SELECT nextval('public."Audit_Id_seq"');
            """);
        Assert.NotEqual(seeded, Contents(database.ConnectionString));

        Assert.True(database.ResetToSeeded());
        Assert.Equal(seeded, Contents(database.ConnectionString));
    }

    [Fact]
    public void ADatabaseWhoseTablesATestChangedIsNotResetButLeftAsItIs()
    {
        using var database = PostgresTestDatabase.CreateSeeded();
        Execute(database.ConnectionString, """ALTER TABLE "Redirects" ADD COLUMN "Extra" integer; DELETE FROM "Redirects";""");
        var changed = Contents(database.ConnectionString);

        Assert.False(database.ResetToSeeded());
        Assert.Equal(changed, Contents(database.ConnectionString));
    }

    [Fact]
    public void ADatabaseAConnectionIsStillUsingIsNotReset()
    {
        using var database = PostgresTestDatabase.CreateSeeded();
        using var straggler = new NpgsqlConnection(database.ConnectionString);
        straggler.Open();
        using var transaction = straggler.BeginTransaction();
        Execute(straggler, """DELETE FROM "Redirects" """);

        Assert.False(database.ResetToSeeded());
    }

    /// <summary>Every table's rows and every sequence's position, each as text, by name.</summary>
    private static Dictionary<string, string> Contents(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var names = new List<(string Name, bool Sequence)>();
        using (var list = new NpgsqlCommand(
                   "SELECT 'public.' || quote_ident(relname), relkind = 'S' FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')",
                   connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add((reader.GetString(0), reader.GetBoolean(1)));
            }
        }
        return names.ToDictionary(n => n.Name, n =>
        {
            using var read = new NpgsqlCommand(n.Sequence
                ? $"SELECT last_value || '/' || is_called FROM {n.Name}"
                : $"SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM {n.Name} t", connection);
            return (string)read.ExecuteScalar()!;
        });
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute(connection, sql);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
