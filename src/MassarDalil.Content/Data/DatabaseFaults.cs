using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MassarDalil.Content.Data;

/// <summary>What kind of database trouble an exception is, if any: the manager's words and status depend on it.</summary>
public enum DatabaseFault
{
    /// <summary>Not a database fault: a bug, a cancelled request, or something else.</summary>
    None,

    /// <summary>The database cannot be opened or read: the file is gone, the disk failed, or it is busy.</summary>
    Unreachable,

    /// <summary>The database reads but cannot store changes: the disk is full or the file is read-only.</summary>
    CannotWrite,
}

/// <summary>Sorts exceptions from EF Core and the provider into <see cref="DatabaseFault"/>s.</summary>
public static class DatabaseFaults
{
    // SQLite primary result codes (https://sqlite.org/rescode.html).
    private const int Error = 1, Busy = 5, Locked = 6, NoMemory = 7, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADatabase = 26;

    /// <summary>Looks through the exception and what it wraps (EF's <c>DbUpdateException</c> holds the provider's).</summary>
    public static DatabaseFault Classify(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return (sqlite.SqliteErrorCode & 0xFF) switch
                    {
                        // The file was deleted or replaced and a new empty one opened in its place: the database is lost.
                        Error when sqlite.Message.Contains("no such table", StringComparison.Ordinal) => DatabaseFault.Unreachable,
                        ReadOnly or Full => DatabaseFault.CannotWrite,
                        Busy or Locked or NoMemory or IoError or Corrupt or CantOpen or NotADatabase => DatabaseFault.Unreachable,
                        _ => DatabaseFault.None,
                    };
                case PostgresException postgres:
                    return PostgresFault(postgres.SqlState);
                case DbException { IsTransient: true }:
                    return DatabaseFault.Unreachable;
            }
        }
        return DatabaseFault.None;
    }

    /// <summary>PostgreSQL's error classes (https://www.postgresql.org/docs/current/errcodes-appendix.html).</summary>
    private static DatabaseFault PostgresFault(string sqlState) => sqlState switch
    {
        // read_only_sql_transaction (a standby or a read-only database), disk_full, out of memory or files.
        "25006" or "53100" or "53200" or "53300" => DatabaseFault.CannotWrite,
        // Connection exceptions, the server shutting down, too many connections, no such database.
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("57P", StringComparison.Ordinal) => DatabaseFault.Unreachable,
        "53000" or "3D000" or "42P01" => DatabaseFault.Unreachable,
        _ => DatabaseFault.None,
    };

    public static bool IsFault(Exception exception) => Classify(exception) != DatabaseFault.None;

    /// <summary>
    /// The database's own words (refused, timed out, not writable, no such database), without EF's wrappers, in one
    /// line: <c>NpgsqlException: Failed to connect to 127.0.0.1:5433 (Connection refused)</c>.
    /// </summary>
    public static string Reason(Exception e)
    {
        var chain = new List<Exception>();
        for (var current = e; current is not null; current = current.InnerException)
        {
            chain.Add(current);
        }
        var database = chain.FirstOrDefault(x => x is DbException or IOException or UnauthorizedAccessException or TimeoutException) ?? chain[0];
        var root = chain[^1];
        // Without a closing full stop: the line it goes into goes on ("...: {Reason}. Only /healthz answers").
        var said = root == database || database.Message.Contains(root.Message, StringComparison.Ordinal)
            ? $"{database.GetType().Name}: {database.Message}"
            : $"{database.GetType().Name}: {database.Message} ({root.Message})";
        return said.TrimEnd('.');
    }
}
