using System.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Api;

/// <summary>
/// Problem details (RFC 9457) for every error of the API, whatever the request's Accept says. The framework's writer
/// answers only a client that accepts JSON: a browser opening an API address (<c>Accept: text/html</c>) got the status
/// code pages' padded text ("Status Code: 404; Not Found") for an unknown address or method, and a handler's problem
/// without its <c>traceId</c>. The API speaks nothing but JSON, so its errors do not change with Accept either.
/// </summary>
internal sealed class ApiProblemWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    private const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => ContentApiExtensions.IsApiRequest(context.HttpContext);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        // A problem result fills in the type and title for its status, as it does for the problems the handlers return.
        _ = TypedResults.Problem(problem);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, json.Value.SerializerOptions, ContentType, http.RequestAborted));
    }
}
