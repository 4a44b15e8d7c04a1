using MassarDalil.Web.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Caching;

/// <summary>
/// One stored public page in one encoding: the bytes and headers the output cache would send for it, kept ready
/// to write, so a hit allocates no header strings and parses nothing but the request's validators.
/// </summary>
internal sealed class PageHit
{
    // What the output cache copies into a 304 (RFC 9110 §15.4.5), and what the outer middleware (security
    // headers, HSTS) add to every response, a 304 included.
    private static readonly HashSet<string> NotModifiedHeaders = new(
        ["Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Vary", "Strict-Transport-Security", .. Security.SecurityHeaders.Names],
        StringComparer.OrdinalIgnoreCase);

    // Written per response by Kestrel or per hit here, never stored.
    private static readonly HashSet<string> NotStored = new(
        ["Age", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"], StringComparer.OrdinalIgnoreCase);

    private readonly KeyValuePair<string, StringValues>[] _headers;
    private readonly KeyValuePair<string, StringValues>[] _notModified;
    private readonly byte[] _body;
    private readonly ResponseValidators _validators;
    private AgeText _age = new(0, "0");

    public PageHit(long version, DateTimeOffset created, IHeaderDictionary headers, byte[] body)
    {
        (Version, Created, _body) = (version, created, body);
        _headers = headers.Where(h => !NotStored.Contains(h.Key)).ToArray();
        _notModified = _headers.Where(h => NotModifiedHeaders.Contains(h.Key)).ToArray();
        _validators = new ResponseValidators(headers);
    }

    /// <summary>The content version the page was rendered from.</summary>
    public long Version { get; }

    /// <summary>When the output cache made its entry: the Date it sends and what Age counts from.</summary>
    public DateTimeOffset Created { get; }

    public int Length => _body.Length;

    public Task WriteAsync(HttpContext context, DateTimeOffset now)
    {
        var response = context.Response;
        var headers = response.Headers;
        if (_validators.AreMatchedBy(context.Request.Headers, now))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            Copy(_notModified, headers);
            return Task.CompletedTask;
        }
        Copy(_headers, headers);
        headers.Age = AgeAt(now);
        // With its length, as the output cache sends a hit (the first, rendered response goes in chunks); a HEAD says
        // the length its GET has and sends nothing.
        response.ContentLength = _body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(_body, 0, _body.Length);
    }

    private static void Copy(KeyValuePair<string, StringValues>[] from, IHeaderDictionary to)
    {
        foreach (var (name, value) in from)
        {
            to[name] = value;
        }
    }

    /// <summary>Whole seconds, as the output cache counts; the text is made once a second, not once a request.</summary>
    private string AgeAt(DateTimeOffset now)
    {
        var seconds = Math.Max(0, (now - Created).Ticks / TimeSpan.TicksPerSecond);
        var age = _age;
        if (age.Seconds != seconds)
        {
            _age = age = new AgeText(seconds, HeaderUtilities.FormatNonNegativeInt64(seconds));
        }
        return age.Text;
    }

    private sealed record AgeText(long Seconds, string Text);
}
