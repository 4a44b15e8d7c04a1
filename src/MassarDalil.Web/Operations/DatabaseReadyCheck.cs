using MassarDalil.Content.Data;
using MassarDalil.Content.Published;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace MassarDalil.Web.Operations;

/// <summary>
/// Ready means the start-up work is done and the database answers: a new connection opens and the
/// content state row reads back.
/// </summary>
internal sealed class DatabaseReadyCheck(IServiceScopeFactory scopes, DatabaseReadiness readiness) : IHealthCheck
{
    public const string Tag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady)
        {
            return HealthCheckResult.Unhealthy("The database has not been reached since start (see the log).");
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        try
        {
            await using var connection = FreshConnection(db);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // Quoted: PostgreSQL folds unquoted names to lower case, and EF created them as written.
            command.CommandText = $"SELECT \"Version\" FROM \"ContentState\" WHERE \"Id\" = {ContentState.SingletonId}";
            return await command.ExecuteScalarAsync(cancellationToken) is null
                ? HealthCheckResult.Unhealthy("The database has no content state row.")
                : HealthCheckResult.Healthy();
        }
        catch (System.Data.Common.DbException e)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read.", e);
        }
    }

    /// <summary>
    /// A connection of the check's own. For SQLite, unpooled and not allowed to create the file: a pooled one
    /// keeps reading a file that has been deleted or moved away, and a creating one would answer from a new
    /// empty file.
    /// </summary>
    private static System.Data.Common.DbConnection FreshConnection(ContentDbContext db)
    {
        var connectionString = db.Database.GetConnectionString();
        if (db.Database.GetDbConnection() is not SqliteConnection)
        {
            return new NpgsqlConnection(connectionString);
        }
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }
        return new SqliteConnection(builder.ToString());
    }
}
