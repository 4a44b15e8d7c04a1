namespace MassarDalil.Content.Data;

/// <summary>
/// Set once the database is migrated and seeded at start. Background work that reads the database
/// (the change watcher, the search indexer, the webhook sender) waits for it, so a database that is
/// down at start costs one clear log line per retry rather than a stack trace from every worker.
/// </summary>
public sealed class DatabaseReadiness
{
    // Real time even where tests give the site a fake clock: only the order of start-up work depends on it, and a
    // test that never asks for a page must not wait for time it does not advance. Unit tests pass their own.
    private readonly TimeProvider _clock;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstPage = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How long background work waits after <see cref="MarkReady"/> for the first page to be answered.</summary>
    public static readonly TimeSpan FirstPageWait = TimeSpan.FromSeconds(1);

    public DatabaseReadiness()
        : this(TimeProvider.System)
    {
    }

    internal DatabaseReadiness(TimeProvider clock) => _clock = clock;

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>
    /// Completes when the first start-up attempt has ended, ready or not. The server takes requests while
    /// that attempt runs, and a request that arrives then waits for it instead of being told to come back.
    /// </summary>
    public Task FirstAttempt => _firstAttempt.Task;

    public void MarkReady() => _ready.TrySetResult();

    public void MarkFirstAttemptDone() => _firstAttempt.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    /// <summary>Completes when the first request for a page (not a health probe) has been answered.</summary>
    internal Task FirstPageAnswered => _firstPage.Task;

    /// <summary>Read on every request by the start-up gate, which marks the first page's end until this is true.</summary>
    public bool HasAnsweredFirstPage => _firstPage.Task.IsCompleted;

    public void MarkFirstPageAnswered() => _firstPage.TrySetResult();

    /// <summary>
    /// Ready, and then the first page answered or <see cref="FirstPageWait"/> passed, whichever comes first: for
    /// background work that no visitor waits for (the search index, webhooks, scheduled rounds, the change watcher).
    /// On a small machine that work would otherwise take the cores from the first page, which the first visitor
    /// (and a load balancer's probe) waits for.
    /// </summary>
    public async Task WaitForFirstPageAsync(CancellationToken cancellationToken)
    {
        await WaitAsync(cancellationToken);
        try
        {
            await _firstPage.Task.WaitAsync(FirstPageWait, _clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Nobody asked for a page yet: nothing to make way for.
        }
    }
}
