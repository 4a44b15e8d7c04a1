using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using MassarDalil.Web.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Api;

/// <summary>
/// Validators and freshness for API responses. The ETag is a hash of the JSON the response carries,
/// so it stays the same when an unrelated page is published. It is weak: the same JSON goes out as
/// identity, gzip and br bytes, and a strong tag would promise the same bytes for all three. Last-Modified is the
/// content version's time, which rises with every change that could alter any response, so it is never too old.
/// </summary>
internal static class ConditionalGet
{
    /// <summary>How long a client or shared cache may use a response; the output cache keeps API entries no longer (see ContentCachePolicy.ApiName).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    public static readonly string CacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}";

    /// <summary>Sets ETag, Last-Modified and Cache-Control; true when the client's copy is current (answer 304).</summary>
    public static bool IsNotModified<T>(HttpContext http, T body, DateTimeOffset lastModified)
    {
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, json));
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash, 0, 16)}\"", isWeak: true);
        var modified = lastModified == default ? (DateTimeOffset?)null : TruncateToSeconds(lastModified);

        var response = http.Response.GetTypedHeaders();
        response.ETag = etag;
        response.LastModified = modified;
        http.Response.Headers.CacheControl = CacheControl;

        return ConditionalRequests.ClientHasCurrentCopy(http);
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, value.Offset);
}

/// <summary>304 Not Modified, described in the OpenAPI document like the other typed results.</summary>
public sealed class NotModified : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int StatusCode => StatusCodes.Status304NotModified;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        return Task.CompletedTask;
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
}
