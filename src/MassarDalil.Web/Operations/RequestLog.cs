using System.Diagnostics;

namespace MassarDalil.Web.Operations;

/// <summary>
/// One log line per request: method, path, status and milliseconds. Never the client address, the query
/// string (visitors' searches) or headers (cookies, X-Forwarded-For).
/// </summary>
/// <remarks>
/// Written instead of ASP.NET Core's HttpLogging middleware, which buffers and formats a field list per
/// request: at cached-page rates it doubled the server's CPU per request (tests/load/README.md).
/// The category is <c>MassarDalil.Requests</c>, so an operator can turn the lines off with one log level.
/// </remarks>
internal sealed partial class RequestLog(RequestDelegate next, ILoggerFactory loggers)
{
    public const string Category = "MassarDalil.Requests";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!_logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            await next(context);
            failed = false;
        }
        finally
        {
            // An exception that escapes the pipeline becomes a 500 after this middleware has returned.
            var status = failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            var elapsed = Stopwatch.GetElapsedTime(started);
            Served(_logger, context.Request.Method, context.Request.Path, status, elapsed.TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} {StatusCode} {ElapsedMs:0.0} ms")]
    private static partial void Served(ILogger logger, string method, PathString path, int statusCode, double elapsedMs);
}
