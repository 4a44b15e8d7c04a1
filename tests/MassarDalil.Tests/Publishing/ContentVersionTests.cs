using MassarDalil.Content.Data;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Publishing;

public class ContentVersionTests
{
    [Fact]
    public async Task TwoChangesSavedAtOnceFromTwoServersRaiseTheVersionTwice()
    {
        using var app = new MassarApp();
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var before = await app.WithDbAsync(db => db.ContentState.AsNoTracking().Select(s => s.Version).SingleAsync());

        // Both read the same version before either saves, as two servers publishing in the same instant do.
        await first.ServiceProvider.GetRequiredService<Publisher>().StageContentChangedAsync();
        await second.ServiceProvider.GetRequiredService<Publisher>().StageContentChangedAsync();
        await first.ServiceProvider.GetRequiredService<ContentDbContext>().SaveChangesAsync();
        await second.ServiceProvider.GetRequiredService<ContentDbContext>().SaveChangesAsync();

        Assert.Equal(before + 2, await app.WithDbAsync(db => db.ContentState.AsNoTracking().Select(s => s.Version).SingleAsync()));
    }

    [Fact]
    public async Task APublishIsVisibleAsItsRefreshReturnsEvenWhileAnOlderVersionIsBeingLoaded()
    {
        var gate = new SnapshotBuildGate();
        using var app = new MassarApp(services: gate.Install);
        var visitor = app.CreateClient();
        var content = app.Services.GetRequiredService<PublishedContent>();
        var before = (await content.GetAsync()).Version;

        // Another server changed something: the stored version moved on, and this server starts to load it.
        await app.WithDbAsync(db => db.ContentState.ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1)));
        gate.Arm();
        var olderLoad = content.RefreshAsync();
        await gate.Held.WaitAsync(TimeSpan.FromSeconds(30));

        // While it loads, this server publishes and refreshes, as the manager's publish does before it answers.
        await app.PublishUnseenAsync("en", "faq", c => c.WithFirstAnswer("Published while an older version was loading."));
        await gate.RefreshReleasingAsync(content);

        var stored = await app.WithDbAsync(db => db.ContentState.AsNoTracking().Select(s => s.Version).SingleAsync());
        Assert.Equal(before + 2, stored);
        Assert.Equal(stored, content.Current!.Version);
        Assert.Contains("Published while an older version was loading.", await visitor.GetStringAsync("/en/faq"));
        await olderLoad;
    }
}
