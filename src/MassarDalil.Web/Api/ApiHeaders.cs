using MassarDalil.Content.Published;
using MassarDalil.Web.Http;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Api;

/// <summary>
/// Headers every response of the API, its document and its reference page carries, whoever asks.
/// </summary>
/// <remarks>
/// The CORS middleware answers only a request with an Origin. API responses are <c>public</c> for a minute, so a shared
/// cache that stored one fetched without Origin gave it, without <c>Access-Control-Allow-Origin</c>, to a browser's
/// cross-origin request, which then failed. The value is always <c>*</c>, so it goes on every response and no cache
/// needs <c>Vary: Origin</c>. Preflights stay the CORS middleware's. Written as the response starts, as the security
/// headers are (<see cref="ResponseStart"/>), so a cache hit gets them too and no entry stores them.
/// </remarks>
internal static class ApiHeaders
{
    public static IApplicationBuilder UseApiHeaders(this IApplicationBuilder app) => app.UseOnResponseStart(Write);

    private static void Write(HttpContext context)
    {
        var request = context.Request;
        var headers = context.Response.Headers;
        // Data for programs and a page about it, not pages for a search engine's results.
        headers["X-Robots-Tag"] = "noindex";
        if (IsPreflight(request) || !(request.Path.StartsWithSegments(ContentUrls.ApiBase) || request.Path.StartsWithSegments("/openapi")))
        {
            return;
        }
        // Set, not added: the CORS middleware's own callback, for a request with an Origin, runs first and writes the
        // same values, so every client gets the same bytes.
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlExposeHeaders = ContentApiExtensions.ExposedHeaders;
    }

    private static bool IsPreflight(HttpRequest request) =>
        HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod);
}
