using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Caching;

/// <summary>
/// Which encoding the response compression will choose for a request, reduced to the three
/// variants worth caching: the highest-quality acceptable of br and gzip (br first on a tie, as
/// the providers are registered), else identity.
/// </summary>
internal static class AcceptEncoding
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";
    public const string Identity = "identity";

    public static string Preferred(HttpRequest request)
    {
        if (!request.Headers.ContainsKey(HeaderNames.AcceptEncoding) ||
            !StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var values))
        {
            return Identity;
        }
        var best = Identity;
        var bestQuality = 0.0;
        foreach (var value in values)
        {
            var name = value.Value.Value;
            var quality = value.Quality ?? 1;
            var candidate = name switch
            {
                Brotli or "*" => Brotli,
                Gzip => Gzip,
                _ => null,
            };
            if (candidate is not null && quality > 0 && (quality > bestQuality || (quality == bestQuality && candidate == Brotli)))
            {
                (best, bestQuality) = (candidate, quality);
            }
        }
        return best;
    }
}
