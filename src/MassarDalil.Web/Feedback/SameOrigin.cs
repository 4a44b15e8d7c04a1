namespace MassarDalil.Web.Feedback;

/// <summary>
/// Cross-site request forgery protection that works on cached pages. The FAQ pages are output-cached
/// and shared by every visitor, so they cannot carry a per-visitor antiforgery token, and the vote
/// form must work without JavaScript, so no script can fetch one. Instead the vote endpoint accepts
/// a POST only when the browser says it came from this site: Sec-Fetch-Site (sent by every current
/// browser), else Origin, else Referer; a request with none of them is refused. A page on another
/// site cannot set these headers. (OWASP's "verifying origin with standard headers" and "Fetch
/// Metadata" defences.) The vote cookie is also SameSite=Strict.
/// </summary>
internal static class SameOrigin
{
    public static bool Check(HttpRequest request)
    {
        var headers = request.Headers;
        if (headers["Sec-Fetch-Site"].ToString() is { Length: > 0 } site)
        {
            return site == "same-origin";
        }
        if (headers.Origin.ToString() is { Length: > 0 } origin)
        {
            return SameHost(origin, request);
        }
        return headers.Referer.ToString() is { Length: > 0 } referer && SameHost(referer, request);
    }

    // The host and port only: behind a proxy that ends TLS the request's scheme may read http.
    private static bool SameHost(string url, HttpRequest request) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
