namespace MassarDalil.Content.Data;

/// <summary>
/// Set once the database is migrated and seeded at start. Background work that reads the database
/// (the change watcher, the search indexer, the webhook sender) waits for it, so a database that is
/// down at start costs one clear log line per retry rather than a stack trace from every worker.
/// </summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    public void MarkReady() => _ready.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);
}
