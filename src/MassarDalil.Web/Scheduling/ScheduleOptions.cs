namespace MassarDalil.Web.Scheduling;

public sealed class ScheduleOptions
{
    public const string Section = "Schedules";

    /// <summary>
    /// The time zone editors write "publish at" times in (an IANA id), and the manager's time zone for an editor
    /// whose browser did not say its own.
    /// </summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>How often each server looks for changes that are due: a change happens at most this late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    public const string DefaultTimeZone = "Africa/Casablanca";

    /// <summary>
    /// The configured zone. On a machine without time zone data (no tzdata package) the default is Morocco's usual
    /// offset, UTC+1, without the Ramadan hour, so the site still starts; any other zone must exist.
    /// </summary>
    public TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone
        : TimeZone == DefaultTimeZone ? MoroccoWithoutData
        : throw new TimeZoneNotFoundException($"Schedules:TimeZone '{TimeZone}' is not a time zone of this machine");

    private static readonly TimeZoneInfo MoroccoWithoutData =
        TimeZoneInfo.CreateCustomTimeZone(DefaultTimeZone, TimeSpan.FromHours(1), "Morocco (UTC+1)", "Morocco (UTC+1)");

    public static bool IsValid(ScheduleOptions options) =>
        options.PollInterval >= TimeSpan.FromSeconds(1) &&
        (options.TimeZone == DefaultTimeZone || TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _));
}
