using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MassarDalil.Content.Data;

/// <summary>
/// Held while one server migrates and seeds, so servers starting together on one empty database
/// neither both seed nor fail on each other's half-made tables. The others wait, then find the
/// work done. Released when disposed, or by the database when the holder's connection dies.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    // Any fixed number: it only has to be the same on every server, and unlikely to be used by anything else.
    internal const long AdvisoryKey = 0x4D61_7373_6172; // "Massar"
    private static readonly TimeSpan FilePoll = TimeSpan.FromMilliseconds(100);

    private readonly Func<ValueTask> _release;

    private StartupLock(Func<ValueTask> release) => _release = release;

    // Which database by our own context's type: a test for NpgsqlConnection would load Npgsql's assemblies
    // (2.6 MB mapped) on every SQLite site.
    public static async Task<StartupLock> AcquireAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        db switch
        {
            PostgresContentDbContext => await AdvisoryAsync(db, cancellationToken),
            _ when db.Database.GetDbConnection() is SqliteConnection sqlite => await LockFileAsync(sqlite, cancellationToken),
            _ => new StartupLock(() => ValueTask.CompletedTask),
        };

    public ValueTask DisposeAsync() => _release();

    /// <summary>
    /// A session-level advisory lock on the context's own connection, kept open until release, so the
    /// migrations and the seed run inside it.
    /// </summary>
    private static async Task<StartupLock> AdvisoryAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await Execute(db.Database.GetDbConnection(), $"SELECT pg_advisory_lock({AdvisoryKey})", cancellationToken);
        }
        catch (NpgsqlException e) when (e.InnerException is TimeoutException)
        {
            // The host must not hang at start behind a stuck holder: give up after the command timeout and retry.
            await db.Database.CloseConnectionAsync();
            throw new TimeoutException("another server holds the start-up lock (migrating or seeding) and has not finished", e);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
        return new StartupLock(async () =>
        {
            try
            {
                await Execute(db.Database.GetDbConnection(), $"SELECT pg_advisory_unlock({AdvisoryKey})", CancellationToken.None);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
    }

    /// <summary>
    /// SQLite has no lock that outlives a transaction, and migrations run their own: an exclusive lock on a
    /// file beside the database does (FileShare.None is an flock on Linux, held across processes).
    /// </summary>
    private static async Task<StartupLock> LockFileAsync(SqliteConnection sqlite, CancellationToken cancellationToken)
    {
        var source = new SqliteConnectionStringBuilder(sqlite.ConnectionString);
        if (source.DataSource is not { Length: > 0 } file || file == ":memory:" || source.Mode == SqliteOpenMode.Memory)
        {
            return new StartupLock(() => ValueTask.CompletedTask);
        }
        while (true)
        {
            try
            {
                var stream = new FileStream(file + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new StartupLock(() => stream.DisposeAsync());
            }
            catch (IOException) when (File.Exists(file + ".lock"))
            {
                await Task.Delay(FilePoll, cancellationToken); // held by another server
            }
        }
    }

    private static async Task Execute(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
