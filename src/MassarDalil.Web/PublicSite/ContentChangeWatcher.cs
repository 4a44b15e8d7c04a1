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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await content.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Visitors keep the snapshot they have; the next tick tries again.
                LogRefreshFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check for published content changes")]
    private partial void LogRefreshFailed(Exception e);
}
