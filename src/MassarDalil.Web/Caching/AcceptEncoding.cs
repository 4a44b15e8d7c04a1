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

    public static string Preferred(HttpRequest request)
    {
        var header = request.Headers.AcceptEncoding;
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
