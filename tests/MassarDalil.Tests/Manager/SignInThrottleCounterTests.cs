using System.Net;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace MassarDalil.Tests.Manager;

/// <summary>The throttle's counting on its own: the waits' ceiling, forgetting, the memory bound, and what counts as one address.</summary>
public class SignInThrottleCounterTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void WaitsDoubleUpToTheLongestAndFailuresAreForgottenAfterAQuietDay()
    {
        var throttle = new SignInThrottle(Options.Create(new SignInThrottleOptions()), _clock);
        var waits = new List<TimeSpan?>();
        for (var i = 0; i < 14; i++)
        {
            throttle.Failed("admin@massar.test", "203.0.113.1");
            waits.Add(throttle.WaitFor("ADMIN@massar.test ", "203.0.113.1"));
            _clock.Advance(waits[^1] ?? TimeSpan.Zero);
        }
        _clock.Advance(TimeSpan.FromHours(24));
        var forgotten = throttle.WaitFor("admin@massar.test", "203.0.113.1");
        throttle.Failed("admin@massar.test", "203.0.113.1");

        Assert.Equal([null, null, null, null, null, 1, 2, 4, 8, 16, 32, 60, 60, 60], waits.Select(w => w?.TotalMinutes));
        Assert.Null(forgotten);
        Assert.Null(throttle.WaitFor("admin@massar.test", "203.0.113.1"));
        Assert.Null(throttle.WaitFor("admin@massar.test", "203.0.113.2"));
    }

    [Fact]
    public void FillingTheTableDropsTheOldestCountersNotTheNewest()
    {
        var throttle = new SignInThrottle(Options.Create(new SignInThrottleOptions { MaxEntries = 100, FreeFailuresPerAddress = 1000 }), _clock);
        for (var i = 0; i < 300; i++)
        {
            throttle.Failed($"user{i}@massar.test", "203.0.113.1");
            _clock.Advance(TimeSpan.FromSeconds(1));
        }
        for (var i = 0; i < 6; i++)
        {
            throttle.Failed("admin@massar.test", "203.0.113.9");
        }

        Assert.InRange(throttle.Count, 1, 101);
        Assert.NotNull(throttle.WaitFor("admin@massar.test", "203.0.113.9"));
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void AnIpv6ClientCountsAsItsSlash64(string remote, string counted)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);

        Assert.Equal(counted, ClientAddress.Of(context));
    }
}
