using System.Text;

namespace MassarDalil.Web.Operations;

/// <summary>
/// Standard output for the console log when it goes to a file, a pipe or the journal: text is gathered and written
/// in one system call when <see cref="Delay"/> has passed since the first unwritten line (or when
/// <see cref="BufferChars"/> characters wait), instead of one call per line.
/// </summary>
/// <remarks>
/// <para>
/// The console logger writes every line with its own <c>write</c>: at cached-page rates that was a system call per
/// request (tests/load/README.md). A line is never held longer than <see cref="Delay"/>, as the request log's own
/// batches already allow; whatever waits is written when the process exits, normally or on an unhandled exception.
/// Only a process killed outright loses up to that much.
/// </para>
/// <para>
/// Used only through <see cref="Create"/>'s synchronized writer, whose lock every writer and the flush timer take.
/// It must be that one lock: the console's stream takes it too (<c>lock (Console.Out)</c>) around each write.
/// </para>
/// </remarks>
internal sealed class BatchedConsoleOutput : TextWriter
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(50);

    public const int BufferChars = 16 * 1024;

    private static int _installed;

    private readonly StreamWriter _writer;
    private ITimer? _timer;
    private bool _waiting;

    private BatchedConsoleOutput(Stream output, Encoding encoding) =>
        // AutoFlush off: the writer passes text on to the stream only when its buffer is full or when flushed.
        _writer = new StreamWriter(output, encoding, BufferChars) { AutoFlush = false };

    /// <summary>A synchronized writer onto <paramref name="output"/> that writes at most <see cref="Delay"/> late.</summary>
    public static TextWriter Create(Stream output, Encoding encoding, TimeProvider time)
    {
        var batched = new BatchedConsoleOutput(output, encoding);
        var synchronized = Synchronized(batched);
        batched._timer = time.CreateTimer(static state => FlushQuietly((TextWriter)state!), synchronized,
            Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return synchronized;
    }

    /// <summary>
    /// Puts this in front of standard output when it is not a terminal (a person at a terminal sees each line at once).
    /// Once per process, before the console logger is made: it takes <see cref="Console.Out"/> when created.
    /// </summary>
    public static void Install()
    {
        if (!Console.IsOutputRedirected || Interlocked.Exchange(ref _installed, 1) == 1)
        {
            return;
        }
        var output = Create(Console.OpenStandardOutput(), Console.Out.Encoding, TimeProvider.System);
        Console.SetOut(output);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => FlushQuietly(output);
        AppDomain.CurrentDomain.UnhandledException += (_, _) => FlushQuietly(output);
    }

    public override Encoding Encoding => _writer.Encoding;

    public override void Write(char value)
    {
        _writer.Write(value);
        FlushSoon();
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        _writer.Write(buffer);
        FlushSoon();
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Flush()
    {
        _waiting = false;
        _writer.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _timer?.Dispose();
            _writer.Dispose();
        }
        base.Dispose(disposing);
    }

    private void FlushSoon()
    {
        if (!_waiting)
        {
            _waiting = true;
            _timer?.Change(Delay, Timeout.InfiniteTimeSpan);
        }
    }

    private static void FlushQuietly(TextWriter output)
    {
        try
        {
            output.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Output that cannot be written (a full disk, a closed pipe) must not end the site from a timer or an exit
            // handler; the console logger, which writes through here, stops by itself on its next failed write.
        }
    }
}
