using System.Net;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Search;
using Microsoft.Extensions.Options;

namespace MassarDalil.Tests.Search;

public class UnansweredSearchBudgetTests
{
    private static readonly IPAddress Visitor = IPAddress.Parse("203.0.113.7");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));

    private UnansweredSearchBudget Budget(int perMinute = 3, int perAddressPerDay = 5, int perDay = 100) =>
        new(Options.Create(new UnansweredSearchOptions { PerAddressPerMinute = perMinute, PerAddressPerDay = perAddressPerDay, PerDay = perDay }), _clock);

    private static int Take(UnansweredSearchBudget budget, IPAddress? address, int times) =>
        Enumerable.Range(0, times).Count(_ => budget.TryTake(address));

    [Fact]
    public void AnAddressGetsItsPerMinuteShareAndMoreTheNextMinute()
    {
        var budget = Budget();

        Assert.Equal(3, Take(budget, Visitor, 10));
        Assert.Equal(3, Take(budget, IPAddress.Parse("198.51.100.2"), 10));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, Take(budget, Visitor, 10)); // 5 a day
    }

    [Fact]
    public void AnAddressGetsNoMoreThanItsDailyShareUntilTheNextDay()
    {
        var budget = Budget();

        for (var minute = 0; minute < 10; minute++)
        {
            Take(budget, Visitor, 10);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.False(budget.TryTake(Visitor));
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.True(budget.TryTake(Visitor));
    }

    [Fact]
    public void EveryoneTogetherGetsNoMoreThanTheDailyCap()
    {
        var budget = Budget(perMinute: 1, perAddressPerDay: 1, perDay: 50);

        var counted = Enumerable.Range(1, 200).Count(i => budget.TryTake(IPAddress.Parse($"10.0.{i / 250}.{i % 250}")));

        Assert.Equal(50, counted);
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.True(budget.TryTake(Visitor));
    }

    [Fact]
    public void AddressesOfOneIPv6Slash64AndMappedIPv4CountAsOne()
    {
        var budget = Budget();

        Assert.Equal(3, Enumerable.Range(1, 10).Count(i => budget.TryTake(IPAddress.Parse($"2001:db8:1:2::{i:x}"))));
        Assert.True(budget.TryTake(IPAddress.Parse("2001:db8:1:3::1")));
        Assert.Equal(3, Take(budget, Visitor, 2) + Take(budget, Visitor.MapToIPv6(), 2));
    }
}
