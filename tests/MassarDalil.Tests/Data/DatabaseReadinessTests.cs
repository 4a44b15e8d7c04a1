using MassarDalil.Content.Data;
using Microsoft.Extensions.Time.Testing;

namespace MassarDalil.Tests.Data;

/// <summary>Background work (the search index, webhooks, scheduled rounds) makes way for the first page after a start.</summary>
public class DatabaseReadinessTests
{
    [Fact]
    public async Task BackgroundWorkBeginsOnceTheFirstPageIsAnswered()
    {
        var readiness = new DatabaseReadiness(new FakeTimeProvider());
        var work = readiness.WaitForFirstPageAsync(CancellationToken.None);

        readiness.MarkReady();
        await Task.Yield();
        Assert.False(work.IsCompleted, "background work began while the first page was still to be answered");

        readiness.MarkFirstPageAnswered();
        await work.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task BackgroundWorkBeginsASecondAfterTheStartWhenNobodyAsksForAPage()
    {
        var clock = new FakeTimeProvider();
        var readiness = new DatabaseReadiness(clock);
        readiness.MarkReady();
        var work = readiness.WaitForFirstPageAsync(CancellationToken.None);

        clock.Advance(DatabaseReadiness.FirstPageWait - TimeSpan.FromMilliseconds(1));
        Assert.False(work.IsCompleted, "background work began before the wait for a first page was over");

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await work.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task BackgroundWorkWaitsForTheDatabaseEvenAfterAPage()
    {
        var readiness = new DatabaseReadiness(new FakeTimeProvider());
        readiness.MarkFirstPageAnswered();

        var work = readiness.WaitForFirstPageAsync(CancellationToken.None);
        await Task.Yield();
        Assert.False(work.IsCompleted, "background work began before the database was ready");

        readiness.MarkReady();
        await work.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
