using MassarDalil.Content.Data;

namespace MassarDalil.Web.Operations;

/// <summary>
/// Work a server does on its own every <see cref="Interval"/> (scheduled publishes, purging old searches): waits until
/// the database is ready, runs one round in a scope of its own, and after a failure simply tries again next round,
/// so one bad round never stops the loop or the host. Time comes from <see cref="TimeProvider"/>, so tests advance it.
/// </summary>
internal abstract class PeriodicWork(IServiceScopeFactory scopes, DatabaseReadiness readiness, TimeProvider time) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>One round, with the scope's services.</summary>
    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Logs a failed round; the next round comes after <see cref="Interval"/> as usual.</summary>
    protected abstract void OnRoundFailed(Exception error);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitForFirstPageAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    OnRoundFailed(e);
                }
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
