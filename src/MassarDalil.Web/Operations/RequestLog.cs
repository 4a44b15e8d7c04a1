using System.Diagnostics;

namespace MassarDalil.Web.Operations;

/// <summary>
/// One log line per request: method, path, status, milliseconds and the request id (the RequestId of the
/// request's log scope, where scopes are turned on: docs/operations.md, "Health, logs and shutdown"). Never the client
/// address, the query string (visitors' searches), headers (cookies, X-Forwarded-For) or, in an address the site did
/// not answer, what could be someone's code or password (<see cref="Operations.LoggedPath"/>).
/// </summary>
/// <remarks>
/// Written instead of ASP.NET Core's HttpLogging middleware, which buffers and formats a field list per
/// request: at cached-page rates it doubled the server's CPU per request (tests/load/README.md). The
/// line itself is written by <see cref="RequestLogWriter"/>, off the request's path.
/// </remarks>
internal sealed class RequestLog(RequestDelegate next, RequestLogWriter writer)
{
    public Task InvokeAsync(HttpContext context) =>
        writer.IsEnabled ? LoggedAsync(context) : next(context);

    private async Task LoggedAsync(HttpContext context)
    {
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
            writer.Add(new RequestLogEntry(context.Request.Method, context.Request.Path, status,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.TraceIdentifier));
        }
    }
}

/// <summary>What the request log keeps of one request.</summary>
internal readonly record struct RequestLogEntry(string Method, PathString Path, int StatusCode, double ElapsedMs, string RequestId)
{
    /// <summary>The path as the line writes it (<see cref="Operations.LoggedPath.Of"/>).</summary>
    public string LoggedPath => Operations.LoggedPath.Of(Path, StatusCode);
}
