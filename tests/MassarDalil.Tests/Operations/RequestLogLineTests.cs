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
        // The path goes in as the text a PathString writes (escaped for a URI), as the line writes it.
        var viaTemplate = LoggerMessage.Define<string, string, int, double, string>(LogLevel.Information, RequestLogLine.Event, RequestLogLine.Template);
        viaTemplate(logs, method, new PathString(path).ToString(), status, elapsedMs, requestId, null);

        var line = new RequestLogLine(new RequestLogEntry(method, new PathString(path), status, elapsedMs, requestId));

        Assert.Equal(logs.Message, RequestLogLine.Format(line, null));
        Assert.Equal(logs.Fields, line.ToArray());
    }

    [Theory]
    [InlineData("/ar/J130012345@taalim.ma", 404, "/ar/(hidden)")]
    [InlineData("/ar/J130012345@taalim.ma Azerty!!", 404, "/ar/(hidden)")]
    [InlineData("/AR/alaoui.mohamed", 301, "/AR/(hidden)")]
    [InlineData("/en/faq/0612345678", 404, "/en/faq/(hidden)")]
    [InlineData("/ar/12/05/2008", 404, "/ar/(hidden)")] // refused only together: a date of birth
    [InlineData("/G123456789", 400, "/(hidden)")]
    [InlineData("/fr/mot de passe soleil", 404, "/fr/(hidden)")] // a password word beside others
    [InlineData("/ar/كلمة السر وردة", 404, "/ar/(hidden)")]
    [InlineData("/en/faq/password", 404, "/en/faq/password")] // the word alone is an address someone guessed
    [InlineData("/fr/mot-de-passe-oublie", 404, "/fr/mot-de-passe-oublie")] // a slug, one word
    [InlineData("/api/v1/en/faq/nope", 404, "/api/v1/en/faq/nope")] // the API's own v1 is no code
    [InlineData("/api/v1/en/faq/J130012345", 404, "/api/v1/en/faq/(hidden)")]
    [InlineData("/api/v1", 404, "/api/v1")]
    [InlineData("/ar/no-such-page", 404, "/ar/no-such-page")] // what an operator needs to see stays
    [InlineData("/favicon.ico", 404, "/favicon.ico")]
    [InlineData("/ar/faq", 200, "/ar/faq")]
    [InlineData("/media/0a1b2c3d4e-640.webp", 200, "/media/0a1b2c3d4e-640.webp")] // the site's own, answered
    [InlineData("/ar/faq", 304, "/ar/faq")]
    public void AnAddressTheSiteDidNotAnswerIsLoggedWithoutWhatCouldBeSomeonesCodeOrPassword(string path, int status, string logged)
    {
        var line = new RequestLogLine(new RequestLogEntry("GET", new PathString(path), status, 1, "x"));

        Assert.Equal($"GET {logged} {status} 1.0 ms x", line.ToString());
        Assert.Equal(logged, line[1].Value);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(404)]
    public void APathLongerThanALineShouldHoldIsCut(int status)
    {
        var line = new RequestLogLine(new RequestLogEntry("GET", new PathString("/ar/" + new string('a', 3000)), status, 1, "x"));

        Assert.Equal("/ar/" + new string('a', LoggedPath.MaxLength - 5) + "…", line[1].Value);
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
