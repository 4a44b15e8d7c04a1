using MassarDalil.Tests.Support;
using Npgsql;

namespace MassarDalil.Tests.Postgres;

/// <summary>
/// The one test that says plainly whether the server the others need answers. Without MASSAR_TEST_POSTGRES it is
/// skipped with them (see <see cref="RunOnPostgres"/>), unless MASSAR_REQUIRE_POSTGRES=1 makes it fail.
/// </summary>
public class ServerIsConfigured
{
    [Fact]
    public async Task ThePostgresServerNamedByMassarTestPostgresAnswers()
    {
        var server = Environment.GetEnvironmentVariable(TestProvider.PostgresVariable);
        Assert.False(string.IsNullOrEmpty(server),
            $"{TestProvider.PostgresVariable} is not set, but {RunOnPostgres.RequireVariable}=1 says the PostgreSQL tests must run.");

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        Assert.Equal(1, await command.ExecuteScalarAsync());
    }
}
