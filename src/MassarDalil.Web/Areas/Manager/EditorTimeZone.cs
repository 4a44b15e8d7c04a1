using System.Text.RegularExpressions;
using MassarDalil.Web.Scheduling;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// The time zone the manager shows times in: the editor's browser's own (sent by manager.js in a cookie, an IANA id),
/// else the site's (<see cref="ScheduleOptions.TimeZone"/>), never the server's, which is often UTC.
/// </summary>
public static partial class EditorTimeZone
{
    public const string CookieName = "manager-tz";

    public static TimeZoneInfo For(HttpContext context)
    {
        // Only what a zone id looks like reaches the system's zone files (a cookie is the visitor's to write).
        if (context.Request.Cookies[CookieName] is { Length: > 0 and <= 64 } id && ZoneId().IsMatch(id) &&
            TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }
        return context.RequestServices.GetRequiredService<IOptions<ScheduleOptions>>().Value.Zone;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$")]
    private static partial Regex ZoneId();
}
