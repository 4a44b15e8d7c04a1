namespace MassarDalil.Content.Data;

/// <summary>
/// Set once the database is migrated and seeded at start. Background work that reads the database
/// (the change watcher, the search indexer, the webhook sender) waits for it, so a database that is
/// down at start costs one clear log line per retry rather than a stack trace from every worker.
/// </summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>
    /// Completes when the first start-up attempt has ended, ready or not. The server takes requests while
    /// that attempt runs, and a request that arrives then waits for it instead of being told to come back.
    /// </summary>
    public Task FirstAttempt => _firstAttempt.Task;

    public void MarkReady() => _ready.TrySetResult();

    public void MarkFirstAttemptDone() => _firstAttempt.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);
}
