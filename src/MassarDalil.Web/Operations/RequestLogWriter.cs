using System.Threading.Channels;

namespace MassarDalil.Web.Operations;

/// <summary>
/// Writes the request log lines (category <c>MassarDalil.Requests</c>) in batches, from a background task.
/// </summary>
/// <remarks>
/// <para>
/// One logger call per request from the request itself woke the console logger's thread for almost every
/// line: a context switch per request, 15–20% of the cached FAQ's throughput on two cores
/// (tests/load/README.md). Here a request only queues a small record; this writer wakes for the first line,
/// writes whatever has queued, then waits <see cref="BatchInterval"/> before looking again. A quiet site's
/// lines appear at once; a busy one's within <see cref="BatchInterval"/>, so their log timestamps may trail
/// the requests by that much (each line's own elapsed time is exact).
/// </para>
/// <para>
/// If the log output cannot keep up and <see cref="Capacity"/> lines are waiting, further lines are
/// dropped rather than slowing visitors down, and a warning says how many.
/// </para>
/// </remarks>
internal sealed partial class RequestLogWriter : BackgroundService
{
    public const string Category = "MassarDalil.Requests";

    public static readonly TimeSpan BatchInterval = TimeSpan.FromMilliseconds(50);

    public const int Capacity = 10_000;

    private readonly ILogger _logger;

    // Wait, not DropWrite: with Wait, TryWrite says when the queue is full (and never waits), so drops are counted.
    private readonly Channel<RequestLogEntry> _queue = Channel.CreateBounded<RequestLogEntry>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private long _dropped;

    public RequestLogWriter(ILoggerFactory loggers) => _logger = loggers.CreateLogger(Category);

    /// <summary>Asked per request, so a changed log level applies at once: when off, requests are not even timed.</summary>
    public bool IsEnabled => _logger.IsEnabled(LogLevel.Information);

    public void Add(RequestLogEntry entry)
    {
        if (!_queue.Writer.TryWrite(entry))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                WriteQueued();
                await Task.Delay(BatchInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the requests that finished before the server stopped are still written.
            WriteQueued();
        }
    }

    /// <summary>
    /// Requests that finish while the server drains (after this service was told to stop) are written
    /// here: the container disposes this writer before the logger factory it depends on.
    /// </summary>
    public override void Dispose()
    {
        WriteQueued();
        base.Dispose();
    }

    private void WriteQueued()
    {
        while (_queue.Reader.TryRead(out var entry))
        {
            _logger.Log(LogLevel.Information, RequestLogLine.Event, new RequestLogLine(entry), null, RequestLogLine.Format);
        }
        if (Interlocked.Exchange(ref _dropped, 0) is var dropped and > 0)
        {
            Dropped(_logger, dropped, Capacity);
        }
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Count} request log lines were dropped: the log output did not keep up ({Capacity} lines were waiting)")]
    private static partial void Dropped(ILogger logger, long count, int capacity);
}
