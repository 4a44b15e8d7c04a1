using System.Net;
using MassarDalil.Content.Data;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Operations;

/// <summary>The server takes requests while its database starts; a page asked for meanwhile waits and is served.</summary>
public class StartupGateTests
{
    [Fact]
    public async Task APageAskedForWhileTheDatabaseStartsWaitsForItAndIsServed()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var app = new MassarApp(services: s => s.AddSingleton<IDatabaseStartupStep>(new HeldStep(release.Task))) { WaitForDatabase = false };
        using var client = app.CreateVisitor();

        var page = client.GetAsync("/en/faq");
        using (var live = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        using (var ready = await client.GetAsync("/healthz/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }
        Assert.False(page.IsCompleted, "the page was answered before the database had started");

        release.SetResult();
        using var response = await page;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<details", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageThatWaitedForTheStartLetsTheBackgroundWorkBegin()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var app = new MassarApp(services: s => s.AddSingleton<IDatabaseStartupStep>(new HeldStep(release.Task))) { WaitForDatabase = false };
        using var client = app.CreateVisitor();
        var readiness = app.Services.GetRequiredService<DatabaseReadiness>();

        var page = client.GetAsync("/en/faq");
        Assert.False(readiness.FirstPageAnswered.IsCompleted);
        release.SetResult();
        using var response = await page;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Only a page answered completes this (the search index and webhooks wait for it, or for a second).
        await readiness.FirstPageAnswered.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task TheFirstPageAfterTheStartLetsTheBackgroundWorkBeginButAHealthProbeDoesNot()
    {
        using var app = new MassarApp();
        using var client = app.CreateVisitor();
        var readiness = app.Services.GetRequiredService<DatabaseReadiness>();

        using (var probe = await client.GetAsync("/healthz/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        }
        Assert.False(readiness.FirstPageAnswered.IsCompleted, "a health probe counted as the first page");

        using var page = await client.GetAsync("/en/faq");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await readiness.FirstPageAnswered.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(readiness.HasAnsweredFirstPage);
    }

    /// <summary>A start-up step that holds the first attempt until the test lets it go.</summary>
    private sealed class HeldStep(Task released) : IDatabaseStartupStep
    {
        public Task RunAsync(CancellationToken cancellationToken) => released.WaitAsync(cancellationToken);
    }
}
