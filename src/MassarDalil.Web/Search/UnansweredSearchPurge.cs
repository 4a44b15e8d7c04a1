using MassarDalil.Content.Data;
using MassarDalil.Content.Search;

namespace MassarDalil.Web.Search;

/// <summary>
/// Once at start and then daily, deletes the searches-that-found-nothing counts past
/// <see cref="UnansweredSearches.KeepDays"/> and any the privacy rule refuses, so the promise holds even on a
/// site where nobody searches for a while (recording a new miss purges too).
/// </summary>
internal sealed partial class UnansweredSearchPurge(
    IServiceScopeFactory scopes, DatabaseReadiness readiness, TimeProvider time, ILogger<UnansweredSearchPurge> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<UnansweredSearches>().PurgeAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogPurgeFailed(e.GetType().Name);
                }
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    // The exception's type only: its message could quote a row, and rows are what visitors typed.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not purge old searches that found nothing ({Error}); trying again in a day")]
    private partial void LogPurgeFailed(string error);
}
