using System.Threading.Channels;

namespace MassarDalil.Tests.Support;

/// <summary>
/// Seeded test databases for the tests that take them, each used by one test at a time. Behind a finished test a
/// thread of its own puts the database back to the seeded state and hands it out again; a database that cannot be
/// put back (its tables changed) is dropped instead, as are the unseeded databases tests make for themselves.
/// A test finding none ready makes a fresh copy of the template, so the pool grows to as many as run at once.
/// </summary>
internal sealed class PostgresDatabasePool
{
    /// <summary>Finished databases are reset or dropped on this many threads.</summary>
    private const int Workers = 2;

    /// <summary>
    /// At most this many finished databases wait for their reset or drop; past it a finished test waits, so a
    /// server slower than the tests never piles up databases (and disk) for the run's end.
    /// </summary>
    private const int MostWaiting = 8;

    private readonly Channel<string> _ready = Channel.CreateUnbounded<string>();
    private readonly Channel<(string Name, bool Reusable)> _done = Channel.CreateBounded<(string, bool)>(MostWaiting);
    private readonly Func<string> _make;
    private readonly Func<string, bool> _reset;
    private readonly Action<string> _drop;
    private readonly Thread _maker;
    private readonly Thread[] _workers;
    private volatile bool _closing;

    /// <param name="make">Creates a seeded database and returns its name (a server call that may throw).</param>
    /// <param name="reset">Puts a used database back to the seeded state; false when it cannot, having changed nothing.</param>
    /// <param name="drop">Drops a database by name; never throws.</param>
    /// <param name="ahead">How many databases to make before the first tests ask: about as many as run at once.</param>
    public PostgresDatabasePool(Func<string> make, Func<string, bool> reset, Action<string> drop, int ahead)
    {
        (_make, _reset, _drop) = (make, reset, drop);
        _maker = new Thread(() => MakeAhead(ahead)) { IsBackground = true, Name = "test databases ahead" };
        _maker.Start();
        _workers = [.. Enumerable.Range(0, Workers).Select(_ => new Thread(ResetOrDropBehind) { IsBackground = true, Name = "test databases behind" })];
        foreach (var worker in _workers)
        {
            worker.Start();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Close();
    }

    /// <summary>A seeded database no test is using; a failure to make one (server gone, say) is thrown here, to the test.</summary>
    public string Take() => _ready.Reader.TryRead(out var name) ? name : _make();

    /// <summary>
    /// Takes back a database the test has closed its connections to: <paramref name="reusable"/> (seeded by this
    /// pool) to be reset and handed out again, otherwise to be dropped.
    /// </summary>
    public void Return(string name, bool reusable) => _done.Writer.WriteAsync((name, reusable)).AsTask().GetAwaiter().GetResult();

    private void MakeAhead(int count)
    {
        for (var i = 0; i < count && !_closing; i++)
        {
            try
            {
                _ready.Writer.TryWrite(_make());
            }
            catch (Exception)
            {
                return; // the tests that find none ready make their own, and see why it fails
            }
        }
    }

    private void ResetOrDropBehind()
    {
        while (_done.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (_done.Reader.TryRead(out var finished))
            {
                if (!_closing && finished.Reusable && TryReset(finished.Name))
                {
                    _ready.Writer.TryWrite(finished.Name);
                }
                else
                {
                    _drop(finished.Name);
                }
            }
        }
    }

    private bool TryReset(string name)
    {
        try
        {
            return _reset(name);
        }
        catch (Exception)
        {
            return false; // a lock not given up in time, say: the database goes, and a later test makes a new one
        }
    }

    /// <summary>
    /// At the end of the run (after the last test, and again as the process ends): waits a while for the databases
    /// being reset or dropped, then drops every one left. Whatever a run leaves (its process killed, say) is dropped
    /// by the next run (<see cref="PostgresTestDatabase"/>).
    /// </summary>
    public void Close()
    {
        _closing = true;
        _done.Writer.TryComplete();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        foreach (var thread in _workers.Append(_maker))
        {
            thread.Join(TimeSpan.FromTicks(Math.Max(0, (deadline - DateTime.UtcNow).Ticks)));
        }
        while (_ready.Reader.TryRead(out var name))
        {
            _drop(name);
        }
    }
}
