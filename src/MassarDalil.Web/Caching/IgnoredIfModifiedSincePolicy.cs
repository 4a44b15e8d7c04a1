using MassarDalil.Web.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Caching;

/// <summary>
/// A base policy: the output cache answers a conditional request for a stored entry by its own rules, which compare an
/// If-Modified-Since later than now like any other date and answer 304. So, just before it judges, the field is taken
/// out of the request whenever <see cref="ConditionalRequests.IfModifiedSince"/> would not use it, and the cache
/// decides as the rest of the site does: as if it had not been sent (RFC 9110 §13.1.3).
/// </summary>
internal sealed class IgnoredIfModifiedSincePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request.Headers;
        if (request.IfModifiedSince.Count > 0 && ConditionalRequests.IfModifiedSince(request, ConditionalRequests.Now(http)) is null)
        {
            request.Remove(HeaderNames.IfModifiedSince);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
