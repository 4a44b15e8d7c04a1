using MassarDalil.Web.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Operations;

/// <summary>The request log line made by hand is the line its template made: the same text and, for the JSON formatter, the same fields.</summary>
public sealed class RequestLogLineTests
{
    [Theory]
    [InlineData("GET", "/ar/faq", 200, 1.26, "0HN-1")]
    [InlineData("POST", "/ar/الأسئلة", 503, 0.05, "0HN7:0000000A")]
    [InlineData("HEAD", "/en/search", 404, 12345.678, "x")]
    public void TheLineHasTheTextAndFieldsOfItsTemplate(string method, string path, int status, double elapsedMs, string requestId)
    {
        var logs = new StateLogger();
        var viaTemplate = LoggerMessage.Define<string, PathString, int, double, string>(LogLevel.Information, RequestLogLine.Event, RequestLogLine.Template);
        viaTemplate(logs, method, new PathString(path), status, elapsedMs, requestId, null);

        var line = new RequestLogLine(new RequestLogEntry(method, new PathString(path), status, elapsedMs, requestId));

        Assert.Equal(logs.Message, RequestLogLine.Format(line, null));
        Assert.Equal(logs.Fields, line.ToArray());
    }

    private sealed class StateLogger : ILogger
    {
        public string? Message { get; private set; }

        public KeyValuePair<string, object?>[] Fields { get; private set; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Message = formatter(state, exception);
            Fields = ((IReadOnlyList<KeyValuePair<string, object?>>)state!).ToArray();
        }
    }
}
