using Npgsql;

namespace MassarDalil.Tests.Postgres;

/// <summary>Always compiled: without a server it is the one test here, and it says why nothing else ran.</summary>
public class ServerIsConfigured
{
    private const string Variable = "MASSAR_TEST_POSTGRES";

    [SkippableFact]
    public async Task ThePostgresServerNamedByMassarTestPostgresAnswers()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrEmpty(server),
            $"{Variable} is not set, so the PostgreSQL tests were not compiled or run. " +
            "Set it to a connection string for a role that may create databases (.ci/run does), and build again.");

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        Assert.Equal(1, await command.ExecuteScalarAsync());
    }
}
