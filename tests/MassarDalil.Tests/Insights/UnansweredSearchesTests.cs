using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Insights;

public class UnansweredSearchesTests
{
    [Fact]
    public async Task TopQueriesOfTheLast30DaysAreCountedAcrossDaysAndOlderOnesDropOut()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        using var app = new MassarApp();
        using var timed = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        async Task RecordAsync(string language, string query) =>
            await timed.Services.CreateScope().ServiceProvider.GetRequiredService<UnansweredSearches>().RecordAsync(language, query);

        await RecordAsync("en", "bulletin scolaire"); // 1 March: more than 30 days before 5 April, so not counted
        clock.Advance(TimeSpan.FromDays(10));
        await RecordAsync("en", "Bac  libre");
        await RecordAsync("ar", "باك حر");
        clock.Advance(TimeSpan.FromDays(25)); // 5 April
        await RecordAsync("en", "bac libre");
        await RecordAsync("en", "BAC LIBRE");
        await RecordAsync("en", "bulletin scolaire");

        using var scope = timed.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<UnansweredSearches>();
        var top = await service.TopAsync();
        var perDay = await service.PerDayAsync();

        Assert.Equal([("en", "bac libre", 3), ("en", "bulletin scolaire", 1), ("ar", "باك حر", 1)], top.Select(t => (t.Language, t.Text, t.Count)));
        Assert.Equal(clock.GetUtcNow(), top[0].LastSeenAt);
        Assert.Equal(30, perDay.Count);
        Assert.Equal(new DateOnly(2026, 4, 5), perDay[^1].Day);
        Assert.Equal(3, perDay[^1].Count);
        Assert.Equal(2, perDay.Single(d => d.Day == new DateOnly(2026, 3, 11)).Count);
        Assert.Equal(5, perDay.Sum(d => d.Count));
        Assert.Equal([("en", "bac libre", 3), ("en", "bulletin scolaire", 1)], (await service.TopAsync(language: "en")).Select(t => (t.Language, t.Text, t.Count)));
    }
}
