using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Http;

/// <summary>The one reading of a conditional GET, for endpoints that answer it themselves (the output cache answers the pages').</summary>
internal static class ConditionalRequests
{
    /// <summary>
    /// Whether the copy the request holds is the one the response's validators (already set) describe, so the
    /// answer is 304: by If-None-Match when sent (weak comparison, <c>*</c> included), else by If-Modified-Since
    /// (RFC 9110 §13.1.2: If-None-Match overrides it).
    /// </summary>
    public static bool ClientHasCurrentCopy(HttpContext context)
    {
        var request = context.Request.GetTypedHeaders();
        var response = context.Response.GetTypedHeaders();
        if (request.IfNoneMatch.Count > 0)
        {
            return response.ETag is { } etag &&
                request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
        }
        return request.IfModifiedSince is { } since && response.LastModified is { } modified && modified <= since;
    }
}
