using MassarDalil.Content.Data;
using MassarDalil.Content.Scheduling;
using MassarDalil.Web.Operations;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Scheduling;

/// <summary>
/// On every server, every <see cref="ScheduleOptions.PollInterval"/>: carries out the scheduled publishes and
/// unpublishes that are due. Several servers may look at once; <see cref="PublishingSchedule.RunDueAsync"/> makes
/// sure each change happens on one of them only.
/// </summary>
internal sealed partial class ScheduledPublishing(
    IServiceScopeFactory scopes, DatabaseReadiness readiness, IOptions<ScheduleOptions> options, TimeProvider time,
    ILogger<ScheduledPublishing> logger) : PeriodicWork(scopes, readiness, time)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<PublishingSchedule>().RunDueAsync(cancellationToken);

    // The change stays scheduled (its claim rolled back) and is tried again on the next round.
    protected override void OnRoundFailed(Exception error) => LogRunFailed(error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not carry out the scheduled changes that are due; trying again on the next round")]
    private partial void LogRunFailed(Exception error);
}
