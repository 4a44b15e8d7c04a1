using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Caching;

/// <summary>
/// The one negotiation of content coding: the response compression uses it to compress
/// (<see cref="NegotiatedCompressionProvider"/>) and the output cache to key what it stores
/// (<see cref="VaryByEncodingPolicy"/>), so an entry is never served to a client that did not accept it.
/// The result is one of three variants: the acceptable of br and gzip with the higher quality (br on a
/// tie), else identity.
/// </summary>
/// <remarks>
/// RFC 9110 §12.5.3: coding names are case-insensitive; a coding named explicitly takes its own quality,
/// one not named takes that of <c>*</c> if present; quality 0 means "not acceptable". A header that does
/// not parse asks for nothing, so it gets identity, which is always acceptable to send.
/// </remarks>
internal static class AcceptEncoding
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";
    public const string Identity = "identity";

    // Browsers send one of a few exact headers ("gzip, deflate, br, zstd"), so each is parsed once, not on every
    // request (a list of parsed values per request, cache hits included). Bounded: the header is the client's.
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);
    private const int MaxKnown = 64;

    public static string Preferred(HttpRequest request)
    {
        var header = request.Headers.AcceptEncoding;
        if (header.Count != 1 || header[0] is not { } text)
        {
            return Parse(header);
        }
        if (Known.TryGetValue(text, out var preferred))
        {
            return preferred;
        }
        preferred = Parse(header);
        if (Known.Count < MaxKnown)
        {
            Known.TryAdd(text, preferred);
        }
        return preferred;
    }

    private static string Parse(StringValues header)
    {
        if (header.Count == 0 || !StringWithQualityHeaderValue.TryParseList(header, out var values))
        {
            return Identity;
        }
        var brotli = QualityOf(values, Brotli);
        var gzip = QualityOf(values, Gzip);
        if (brotli <= 0 && gzip <= 0)
        {
            return Identity;
        }
        return brotli >= gzip ? Brotli : Gzip;
    }

    private static double QualityOf(IList<StringWithQualityHeaderValue> values, string coding)
    {
        double? named = null, any = null;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1;
            if (value.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
            {
                // Named twice: the lower quality wins, so "gzip, gzip;q=0" does not compress.
                named = Math.Min(named ?? 1, quality);
            }
            else if (value.Value.Equals("*", StringComparison.Ordinal))
            {
                any = Math.Min(any ?? 1, quality);
            }
        }
        return named ?? any ?? 0;
    }
}
