using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Http;

/// <summary>
/// The site's one reading of a conditional GET or HEAD: for endpoints that answer it themselves (the API, the sitemap),
/// for cached pages answered before routing (<see cref="Caching.PageHit"/>), and for what the output cache is given to
/// judge (<see cref="Caching.IgnoredIfModifiedSincePolicy"/>).
/// </summary>
internal static class ConditionalRequests
{
    /// <summary>True when the copy the request holds is the one the response's validators (already set) describe: answer 304.</summary>
    public static bool ClientHasCurrentCopy(HttpContext context) =>
        new ResponseValidators(context.Response.Headers).AreMatchedBy(context.Request.Headers, Now(context));

    /// <summary>
    /// The If-Modified-Since a server may compare, or null: none was sent, it is not an HTTP-date, or it is later than
    /// <paramref name="now"/>. RFC 9110 §13.1.3 calls a date after the server's current time invalid and has the field
    /// ignored; compared like any other, it would let a client keep what it holds after every change until that date.
    /// </summary>
    public static DateTimeOffset? IfModifiedSince(IHeaderDictionary request, DateTimeOffset now)
    {
        var field = request.IfModifiedSince;
        return !StringValues.IsNullOrEmpty(field) && HeaderUtilities.TryParseDate(field.ToString(), out var since) && since <= now
            ? since
            : null;
    }

    /// <summary>The site's clock (tests move a manual one), not the machine's.</summary>
    public static DateTimeOffset Now(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
