namespace MassarDalil.Web.Scheduling;

public sealed class ScheduleOptions
{
    public const string Section = "Schedules";

    /// <summary>
    /// The time zone editors write "publish at" times in (an IANA id), and the manager's time zone for an editor
    /// whose browser did not say its own.
    /// </summary>
    public string TimeZone { get; set; } = "Africa/Casablanca";

    /// <summary>How often each server looks for changes that are due: a change happens at most this late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public static bool IsValid(ScheduleOptions options) =>
        options.PollInterval >= TimeSpan.FromSeconds(1) && TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _);
}
