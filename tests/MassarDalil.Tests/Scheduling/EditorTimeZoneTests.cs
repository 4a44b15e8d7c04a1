using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager;
using MassarDalil.Web.Scheduling;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MassarDalil.Tests.Scheduling;

/// <summary>The manager shows times in the editor's own time zone, which their browser names in a cookie.</summary>
public class EditorTimeZoneTests
{
    private static TimeZoneInfo ZoneFor(string? cookie)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton(Options.Create(new ScheduleOptions())).BuildServiceProvider(),
        };
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"{EditorTimeZone.CookieName}={cookie}";
        }
        return EditorTimeZone.For(context);
    }

    [Theory]
    [InlineData("Asia/Tokyo", "Asia/Tokyo")]
    [InlineData("Europe/Paris", "Europe/Paris")]
    [InlineData("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("Africa%2FCasablanca", "Africa/Casablanca")]
    [InlineData("UTC", "UTC")]
    public void TheBrowsersZoneIsUsed(string cookie, string zone) => Assert.Equal(zone, ZoneFor(cookie).Id);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("%2Fetc%2Flocaltime")]
    [InlineData("Europe/../Asia/Tokyo")]
    [InlineData("Asia/Tokyo%00")]
    [InlineData("Asia\\Tokyo")]
    [InlineData("posixrules/../../etc")]
    public void AnythingElseMeansTheSitesZone(string? cookie) => Assert.Equal("Africa/Casablanca", ZoneFor(cookie).Id);

    [Fact]
    public void AManagerTimeReadsInThatZone()
    {
        var at = new DateTimeOffset(2026, 12, 4, 11, 30, 0, TimeSpan.Zero);
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton(Options.Create(new ScheduleOptions())).BuildServiceProvider(),
        };
        context.Request.Headers.Cookie = $"{EditorTimeZone.CookieName}=Asia%2FTokyo";

        Assert.Equal("\u20662026-12-04 20:30\u2069", ManagerWords.In("en", t => t.When(at), context));
        context.Request.Headers.Cookie = "";
        Assert.Equal("\u20662026-12-04 12:30\u2069", ManagerWords.In("en", t => t.When(at), context));
    }

    /// <summary>Morocco's Ramadan hour: back on 2027-02-07 at 03:00 (to 02:00), forward on 2027-03-14 at 02:00 (to 03:00).</summary>
    [Theory]
    [InlineData("2026-12-04T12:30", "2026-12-04T11:30:00Z")]
    [InlineData("2027-02-07T01:30", "2027-02-07T00:30:00Z")]
    [InlineData("2027-02-07T02:30", "2027-02-07T01:30:00Z")]
    [InlineData("2027-02-07T03:30", "2027-02-07T03:30:00Z")]
    [InlineData("2027-03-14T01:30", "2027-03-14T01:30:00Z")]
    [InlineData("2027-03-14T02:30", null)]
    [InlineData("2027-03-14T03:30", "2027-03-14T02:30:00Z")]
    public void AMoroccanWallClockTimeNamesTheRightInstant(string local, string? instant)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");

        var found = ZonedTime.ToInstant(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), zone);

        Assert.Equal(instant, found?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }
}
