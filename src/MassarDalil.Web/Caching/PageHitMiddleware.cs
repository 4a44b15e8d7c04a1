using Microsoft.AspNetCore.Http.Features;

namespace MassarDalil.Web.Caching;

/// <summary>
/// Answers a cached public page (<see cref="PageHits"/>) before routing, the security headers, the output cache and
/// the rest: a cache hit there ran a dozen middleware, built a key string, deserialised the entry and copied its
/// headers as new strings, for the same bytes every time. Anything else, and a page not held yet, goes on through the
/// pipeline; a page the output cache stores or serves on the way is kept for the next request.
/// </summary>
/// <remarks>
/// Only a GET or HEAD with no query string and no Authorization header: queries and credentials keep the output
/// cache's own handling. A HEAD is answered from its GET's page, so it carries the same headers, Content-Length and
/// Age included; the output cache keys HEAD apart, and its first HEAD after a cached GET was rendered again, with
/// neither. A HEAD is never kept: only a GET's copy is the page's bytes. The request log and the start-up gate run
/// before this.
/// </remarks>
internal sealed class PageHitMiddleware(RequestDelegate next, PageHits hits)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var method = request.Method;
        if (!(HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) || request.QueryString.HasValue || request.Headers.Authorization.Count > 0 ||
            hits.CurrentVersion is not { } version)
        {
            return next(context);
        }
        var key = new PageHitKey(request.Scheme, request.Host.Value ?? "", request.Path.Value ?? "", AcceptEncoding.Preferred(request));
        var now = hits.Time.GetUtcNow();
        return hits.Find(key, version, now) is { } hit ? hit.WriteAsync(context, now)
            : HttpMethods.IsGet(method) ? PassAndKeepAsync(context, key, version)
            : next(context);
    }

    private async Task PassAndKeepAsync(HttpContext context, PageHitKey key, long version)
    {
        var response = context.Response;
        var body = response.Body;
        using var copy = new ResponseCopy(body, PageHits.MaxBodyBytes, () => PageHits.IsContentPage(context.GetEndpoint()));
        response.Body = copy;
        try
        {
            await next(context);
            // Whatever was written through the response's PipeWriter reaches the copy before the stream goes back.
            await context.Features.GetRequiredFeature<IHttpResponseBodyFeature>().CompleteAsync();
        }
        finally
        {
            response.Body = body;
        }
        hits.Offer(context, key, version, copy);
    }
}
