namespace MassarDalil.Web.Scheduling;

/// <summary>A wall-clock time in a time zone, as an editor types it, turned into the instant it names.</summary>
public static class ZonedTime
{
    /// <summary>
    /// The instant at which <paramref name="zone"/>'s clocks read <paramref name="local"/>: null when they never do
    /// (the hour the clocks skip), the first of two when they read it twice (the hour they go back).
    /// </summary>
    /// <remarks>
    /// Found by trying each offset the zone uses around then and keeping those that read back as the same time,
    /// instead of asking <see cref="TimeZoneInfo.IsInvalidTime"/>: on Linux that answers false for Morocco's Ramadan
    /// changes (its summer time is the rule and Ramadan's hour back the exception), and the offset it gives for a
    /// local time is then an hour off. Converting an instant to local time reads the zone's transitions and is right.
    /// </remarks>
    public static DateTimeOffset? ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var around = DateTime.SpecifyKind(local, DateTimeKind.Utc);
        return Enumerable.Range(-4, 9).Select(step => zone.GetUtcOffset(around.AddHours(step * 6))).Distinct()
            .Select(offset => new DateTimeOffset(wall, offset))
            .Where(instant => TimeZoneInfo.ConvertTime(instant, zone).DateTime == wall)
            .OrderBy(instant => instant.UtcDateTime)
            .Cast<DateTimeOffset?>()
            .FirstOrDefault();
    }
}
