using System.Threading.Channels;

namespace MassarDalil.Tests.Support;

/// <summary>
/// Makes databases ahead of the tests that take them, and drops the ones they are done with behind them, on
/// threads of their own, so a test waits for neither. Both are server work a test never needs to see: on
/// PostgreSQL 15 a copy of the seeded template takes 0.1-0.3 s and a DROP DATABASE forces a checkpoint (0.2-2.5 s
/// on a busy machine), and the tests waited for both, once per test. A taken database is used by one test only
/// and never handed out again.
/// </summary>
internal sealed class PostgresDatabasePool
{
    /// <summary>
    /// Drops run on this many threads: a drop waits for a checkpoint, and drops asked for together share one.
    /// </summary>
    private const int Droppers = 3;

    /// <summary>
    /// At most this many databases wait to be dropped; past it a finished test waits, as every test did before,
    /// so a server slower to drop than the tests are to finish never piles up databases (and disk) for the run's end.
    /// </summary>
    private const int MostWaitingToDrop = 8;

    private readonly Channel<Func<string>> _ready;
    private readonly Channel<string> _done = Channel.CreateBounded<string>(MostWaitingToDrop);
    private readonly Func<string> _make;
    private readonly Action<string> _drop;
    private readonly Thread[] _droppers;
    private volatile bool _closing;

    /// <param name="make">Creates a database and returns its name (a server call that may throw).</param>
    /// <param name="drop">Drops a database by name; never throws.</param>
    /// <param name="ahead">How many databases wait ready: enough for the tests running at once.</param>
    public PostgresDatabasePool(Func<string> make, Action<string> drop, int ahead)
    {
        (_make, _drop, _ready) = (make, drop, Channel.CreateBounded<Func<string>>(ahead));
        new Thread(MakeAhead) { IsBackground = true, Name = "test databases ahead" }.Start();
        _droppers = [.. Enumerable.Range(0, Droppers).Select(_ => new Thread(DropBehind) { IsBackground = true, Name = "test databases behind" })];
        foreach (var dropper in _droppers)
        {
            dropper.Start();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Close();
    }

    /// <summary>A database no test has had; a failure to make it (server gone, say) is thrown here, to the test.</summary>
    public string Take() => _ready.Reader.ReadAsync().AsTask().GetAwaiter().GetResult()();

    /// <summary>Drops a database behind the test (one of this pool's or not), which must have closed its connections.</summary>
    public void Return(string name) => _done.Writer.WriteAsync(name).AsTask().GetAwaiter().GetResult();

    private void MakeAhead()
    {
        while (!_closing)
        {
            Func<string> next;
            try
            {
                var name = _make();
                next = () => name;
            }
            catch (Exception e)
            {
                next = () => throw new InvalidOperationException("Making a test database failed", e);
            }
            _ready.Writer.WriteAsync(next).AsTask().GetAwaiter().GetResult();
        }
    }

    private void DropBehind()
    {
        while (_done.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (_done.Reader.TryRead(out var name))
            {
                _drop(name);
            }
        }
    }

    /// <summary>
    /// At the end of the run (after the last test, and again as the process ends): drops the databases made for
    /// tests that never came and waits a while for the drops still going. Whatever a run leaves (its process killed,
    /// say) is dropped by the next run (<see cref="PostgresTestDatabase"/>).
    /// </summary>
    public void Close()
    {
        _closing = true;
        while (_ready.Reader.TryRead(out var next))
        {
            try
            {
                _drop(next());
            }
            catch (InvalidOperationException)
            {
                // One that failed to be made: nothing to drop.
            }
        }
        _done.Writer.TryComplete();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        foreach (var dropper in _droppers)
        {
            dropper.Join(TimeSpan.FromTicks(Math.Max(0, (deadline - DateTime.UtcNow).Ticks)));
        }
    }
}
