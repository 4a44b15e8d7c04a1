namespace MassarDalil.Web.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>Publishing and unpublishing at a chosen time (<see cref="ScheduleOptions"/>).</summary>
    public static WebApplicationBuilder AddScheduledPublishing(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section)
            .Validate(ScheduleOptions.IsValid, "Schedules: TimeZone must be a time zone id such as Africa/Casablanca, PollInterval at least 00:00:01")
            .ValidateOnStart();
        builder.Services.AddHostedService<ScheduledPublishing>();
        return builder;
    }
}
