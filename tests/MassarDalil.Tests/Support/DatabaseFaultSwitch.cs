using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MassarDalil.Tests.Support;

public enum DatabaseFaultMode
{
    None,

    /// <summary>The database cannot be opened at all (a lost disk, a deleted file, a server gone): SQLITE_CANTOPEN, or a refused connection.</summary>
    Lost,

    /// <summary>Reads work; every write is refused with SQLITE_READONLY (PostgreSQL: 25006 read-only transaction).</summary>
    ReadOnly,

    /// <summary>
    /// Reads work, writes run, and the commit fails with SQLITE_FULL, as when the disk fills while the
    /// journal is written: the hardest case for "nothing half-saved". A write outside a transaction fails at once.
    /// </summary>
    Full,
}

/// <summary>
/// A switch the test flips to make the app's database fail the way a real one does, through EF Core
/// interceptors registered only in tests. Deterministic where a real read-only file is not: tests may
/// run as root, whom chmod does not stop.
/// </summary>
public sealed class DatabaseFaultSwitch : IDbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    private const int SqliteReadOnly = 8, SqliteFull = 13, SqliteCantOpen = 14;

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbTransaction, object> _wrote = [];
    private int _commits;
    private int? _failFromWrite;

    public DatabaseFaultMode Mode { get; set; }

    /// <summary>
    /// Set to n: the n-th transaction committed from now on, and every one after it, fails with SQLITE_FULL
    /// (a disk that fills up in the middle of a request). Null: off.
    /// </summary>
    public int? FailFromWrite
    {
        get => _failFromWrite;
        set => (_failFromWrite, _commits) = (value, 0);
    }

    /// <summary>Adds the switch to an app's services: <c>new MassarApp(services: faults.Install)</c>.</summary>
    public void Install(IServiceCollection services)
    {
        services.AddContentInterceptor(this);
    }

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ThrowIfLost(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ThrowIfLost(connection);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        ThrowIfFull(transaction);
        return result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ThrowIfFull(transaction);
        return ValueTask.FromResult(result);
    }

    private void Check(DbCommand command)
    {
        ThrowIfLost(command.Connection);
        if (!IsWrite(command.CommandText))
        {
            return;
        }
        if (Mode == DatabaseFaultMode.ReadOnly)
        {
            throw ReadOnlyError(command.Connection);
        }
        if (Mode == DatabaseFaultMode.Full && command.Transaction is null)
        {
            throw FullError(command.Connection);
        }
        if (command.Transaction is { } transaction)
        {
            _wrote.AddOrUpdate(transaction, true);
        }
    }

    private void ThrowIfLost(DbConnection? connection)
    {
        if (Mode == DatabaseFaultMode.Lost)
        {
            throw connection is NpgsqlConnection
                ? new NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused))
                : new SqliteException("unable to open database file", SqliteCantOpen);
        }
    }

    // Each provider's own error, as the app would get it from a real read-only or full database.
    private static DbException ReadOnlyError(DbConnection? connection) => connection is NpgsqlConnection
        ? new PostgresException("cannot execute UPDATE in a read-only transaction", "ERROR", "ERROR", "25006")
        : new SqliteException("attempt to write a readonly database", SqliteReadOnly);

    private static DbException FullError(DbConnection? connection) => connection is NpgsqlConnection
        ? new PostgresException("could not extend file: No space left on device", "ERROR", "ERROR", "53100")
        : new SqliteException("database or disk is full", SqliteFull);

    /// <summary>Only a transaction that wrote can fail for want of space: committing a read writes nothing.</summary>
    private void ThrowIfFull(DbTransaction transaction)
    {
        if (!_wrote.TryGetValue(transaction, out _))
        {
            return;
        }
        if (Mode == DatabaseFaultMode.Full || (_failFromWrite is { } n && Interlocked.Increment(ref _commits) >= n))
        {
            throw FullError(transaction.Connection);
        }
    }

    private static bool IsWrite(string sql)
    {
        var text = sql.TrimStart();
        return !(text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase));
    }
}
