using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

/// <summary>
/// Counts, while <see cref="On"/>, the commands that touch the content tables that grow with an FAQ (pages, their
/// question rows, revisions) and the rows they read: what a request costs in the database, without a clock. The
/// site's background pollers read other tables, so they do not blur the count.
/// </summary>
public sealed class ContentReadCounter : DbCommandInterceptor
{
    private static readonly string[] Tables = ["\"Pages\"", "\"DraftQuestions\"", "\"Revisions\""];
    private int _commands, _rows;

    public bool On { get; set; }

    /// <summary>
    /// Commands run, and reads of their results (a reader's calls to Read, the last answering "no more"), while
    /// <see cref="On"/>.
    /// </summary>
    public (int Commands, int Reads) Count => (_commands, _rows);

    /// <summary>Adds the counter to an app's services: <c>ManagerAccess.NewApp(services: counter.Install)</c>.</summary>
    public void Install(IServiceCollection services)
    {
        services.AddContentInterceptor(this);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Counted(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (On && Touches(command))
        {
            Interlocked.Add(ref _rows, eventData.ReadCount);
        }
        return base.DataReaderDisposing(command, eventData, result);
    }

    private void Counted(DbCommand command)
    {
        if (On && Touches(command))
        {
            Interlocked.Increment(ref _commands);
        }
    }

    private static bool Touches(DbCommand command) => Tables.Any(t => command.CommandText.Contains(t, StringComparison.Ordinal));
}
