using System.Text;
using MassarDalil.Web.Operations;
using Microsoft.Extensions.Time.Testing;

namespace MassarDalil.Tests.Operations;

// What an operator reading the site's standard output (a file, a pipe, the journal) sees: every line, whole and in
// order, at most BatchedConsoleOutput.Delay after it was logged, in one write per batch instead of one per line.
public class BatchedConsoleOutputTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void LinesReachTheOutputTogetherOnceTheDelayHasPassed()
    {
        var clock = new FakeTimeProvider();
        var output = new CountingStream();
        using var console = BatchedConsoleOutput.Create(output, Utf8, clock);

        for (var i = 0; i < 100; i++)
        {
            console.Write($"info: MassarDalil.Requests[1]\n      GET /ar/faq 200 0.1 ms r{i}\n");
        }
        clock.Advance(BatchedConsoleOutput.Delay - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, output.Writes);

        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(1, output.Writes);
        var lines = output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, lines.Length);
        Assert.Equal("      GET /ar/faq 200 0.1 ms r0", lines[1]);
        Assert.Equal("      GET /ar/faq 200 0.1 ms r99", lines[^1]);
    }

    [Fact]
    public void ALineAfterAQuietSpellIsWrittenWithinTheDelayToo()
    {
        var clock = new FakeTimeProvider();
        var output = new CountingStream();
        using var console = BatchedConsoleOutput.Create(output, Utf8, clock);
        console.Write("first\n");
        clock.Advance(BatchedConsoleOutput.Delay);
        clock.Advance(TimeSpan.FromMinutes(5));

        console.Write("سطر ثان\n");
        clock.Advance(BatchedConsoleOutput.Delay);

        Assert.Equal(2, output.Writes);
        Assert.Equal("first\nسطر ثان\n", output.Text);
    }

    [Fact]
    public void AFullBufferIsWrittenAtOnceWithoutWaitingForTheDelay()
    {
        var clock = new FakeTimeProvider();
        var output = new CountingStream();
        using var console = BatchedConsoleOutput.Create(output, Utf8, clock);
        var line = new string('x', 99) + "\n";

        for (var i = 0; i <= BatchedConsoleOutput.BufferChars / line.Length; i++)
        {
            console.Write(line);
        }

        Assert.True(output.Writes >= 1);
        Assert.True(output.Text.Length >= BatchedConsoleOutput.BufferChars - line.Length);
    }

    [Fact]
    public void WritersOnSeveralThreadsLoseNoLineAndSplitNone()
    {
        var output = new CountingStream();
        var console = BatchedConsoleOutput.Create(output, Utf8, TimeProvider.System);

        Parallel.For(0, 4, writer =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                console.Write($"writer {writer} line {i}\n");
            }
        });
        console.Dispose();

        var lines = output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20_000, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^writer \d line \d+$", l));
    }

    /// <summary>Standard output as the kernel sees it: how many writes, and what they held.</summary>
    private sealed class CountingStream : MemoryStream
    {
        private readonly Lock _gate = new();

        public int Writes { get; private set; }

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return Utf8.GetString(ToArray());
                }
            }
        }

        // For a subclass, MemoryStream turns a span write into an array write: counted there, once.
        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            lock (_gate)
            {
                Writes++;
                base.Write(buffer, offset, count);
            }
        }
    }
}
