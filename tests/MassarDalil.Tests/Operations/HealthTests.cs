using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Operations;

public class HealthTests
{
    [Fact]
    public async Task ASiteThatCanReadItsDatabaseIsLiveAndReady()
    {
        using var app = new MassarApp();
        using var client = app.CreateVisitor();

        using var live = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LosingTheDatabaseMakesTheSiteUnreadyButStillLiveUntilItComesBack()
    {
        using var database = new TestDatabase();
        using var app = new MassarApp(databasePath: database.Path);
        using var client = app.CreateVisitor();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);
        var movedAway = database.Folder + "-moved";

        Directory.Move(database.Folder, movedAway);
        try
        {
            using var ready = await client.GetAsync("/healthz/ready");
            using var live = await client.GetAsync("/healthz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.False(Directory.Exists(database.Folder), "the check must not create a new empty database");
        }
        finally
        {
            Directory.Move(movedAway, database.Folder);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);
    }
}
