using MassarDalil.Content.Data;
using MassarDalil.Content.Search;
using MassarDalil.Web.Operations;

namespace MassarDalil.Web.Search;

/// <summary>
/// Once at start and then daily, deletes the searches-that-found-nothing counts past
/// <see cref="UnansweredSearches.KeepDays"/> and any the privacy rule refuses, so the promise holds even on a
/// site where nobody searches for a while (recording a new miss purges too).
/// </summary>
internal sealed partial class UnansweredSearchPurge(
    IServiceScopeFactory scopes, DatabaseReadiness readiness, TimeProvider time, ILogger<UnansweredSearchPurge> logger)
    : PeriodicWork(scopes, readiness, time)
{
    protected override TimeSpan Interval { get; } = TimeSpan.FromDays(1);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<UnansweredSearches>().PurgeAsync(cancellationToken);

    // The exception's type only: its message could quote a row, and rows are what visitors typed.
    protected override void OnRoundFailed(Exception error) => LogPurgeFailed(error.GetType().Name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not purge old searches that found nothing ({Error}); trying again in a day")]
    private partial void LogPurgeFailed(string error);
}
