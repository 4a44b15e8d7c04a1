using MassarDalil.Content.Data;
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
}
