using System.Data.Common;
using MassarDalil.Content.Published;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

/// <summary>
/// Makes, on purpose, the moment a publish's refresh meets a rebuild of an older content version (the watcher's, say):
/// holds the next snapshot build once it has read the version, at its query of the sites, and lets it go on only when
/// a chosen refresh (<see cref="RefreshReleasingAsync"/>) has read the newer version, before that refresh goes to wait
/// for the build.
/// </summary>
public sealed class SnapshotBuildGate : IDbCommandInterceptor
{
    private readonly AsyncLocal<bool> _releasing = new();
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    /// <summary>Completes when a build is being held.</summary>
    public Task Held => _held.Task;

    /// <summary>Adds the gate to an app's services: <c>new MassarApp(services: gate.Install)</c>.</summary>
    public void Install(IServiceCollection services)
    {
        services.AddContentInterceptor(this);
    }

    /// <summary>The next snapshot build will be held.</summary>
    public void Arm() => Volatile.Write(ref _armed, 1);

    /// <summary>Refreshes the content; the held build goes on once this refresh has read the stored version.</summary>
    public async Task RefreshReleasingAsync(PublishedContent content)
    {
        // Set inside an async method, the mark stays with this refresh and never reaches the caller's other work.
        _releasing.Value = true;
        await content.RefreshAsync();
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        // A build reads the sites inside its transaction, after the version; nothing else reads them in one.
        if (command.Transaction is not null && command.CommandText.Contains("FROM \"Sites\"", StringComparison.Ordinal) &&
            Interlocked.Exchange(ref _armed, 0) == 1)
        {
            _held.SetResult();
            // Bounded, so that a test that never releases fails with a timeout instead of hanging the run.
            await _release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
        return result;
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (_releasing.Value && command.CommandText.Contains("\"ContentState\"", StringComparison.Ordinal))
        {
            _release.TrySetResult();
        }
        return result;
    }
}
