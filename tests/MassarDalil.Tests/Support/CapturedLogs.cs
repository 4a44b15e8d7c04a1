using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Support;

/// <summary>One line of the log as an operator would read it.</summary>
public sealed record LogLine(LogLevel Level, string Category, string Message, Exception? Exception);

/// <summary>Everything the app logs, for tests about what an operator sees: <c>app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)))</c>.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyCollection<LogLine> Entries => _lines;

    public IEnumerable<string> Lines => _lines.Select(l => l.Message);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(logLevel, category, formatter(state, exception), exception));
    }
}
