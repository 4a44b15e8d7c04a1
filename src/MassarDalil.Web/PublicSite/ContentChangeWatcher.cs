using MassarDalil.Content.Data;
using MassarDalil.Content.Published;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// Looks at the database's content version twice a second, so a publish by another server or an
/// import by the CLI reaches this server's visitors within a second: half a second at most to notice,
/// then the snapshot's rebuild. One small query each time (a version number), cheap beside the target.
/// </summary>
internal sealed partial class ContentChangeWatcher(PublishedContent content, DatabaseReadiness readiness, ILogger<ContentChangeWatcher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>The failure last logged, so one that lasts is logged once, not twice a second; null after a success.</summary>
    private string? _lastFailure;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitForFirstPageAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await PollAsync(stoppingToken);
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        try
        {
            await content.RefreshAsync(stoppingToken);
            if (_lastFailure is not null)
            {
                _lastFailure = null;
                LogRefreshRecovered();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Visitors keep the snapshot they have; the next tick tries again. The same failure of the same content
            // version is logged once (readiness and the dashboard say it while it lasts), a different one again.
            var failure = $"{content.Current?.Version}|{e.GetType().FullName}: {e.Message}";
            if (failure != _lastFailure)
            {
                _lastFailure = failure;
                LogRefreshFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check for published content changes; retrying twice a second, logged again only if the failure changes")]
    private partial void LogRefreshFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published content changes are checked again after the failure logged before")]
    private partial void LogRefreshRecovered();
}
