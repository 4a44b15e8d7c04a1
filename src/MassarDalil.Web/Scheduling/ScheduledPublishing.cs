using MassarDalil.Content.Data;
using MassarDalil.Content.Scheduling;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Scheduling;

/// <summary>
/// On every server, every <see cref="ScheduleOptions.PollInterval"/>: carries out the scheduled publishes and
/// unpublishes that are due. Several servers may look at once; <see cref="PublishingSchedule.RunDueAsync"/> makes
/// sure each change happens on one of them only.
/// </summary>
internal sealed partial class ScheduledPublishing(
    IServiceScopeFactory scopes, DatabaseReadiness readiness, IOptions<ScheduleOptions> options, TimeProvider time,
    ILogger<ScheduledPublishing> logger) : BackgroundService
{
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
                    await scope.ServiceProvider.GetRequiredService<PublishingSchedule>().RunDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The change stays scheduled (its claim rolled back) and is tried again on the next round.
                    LogRunFailed(e);
                }
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not carry out the scheduled changes that are due; trying again on the next round")]
    private partial void LogRunFailed(Exception error);
}
