using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Caching;

/// <summary>
/// The framework's response compression (which types, HTTPS) with its choice of encoding replaced by
/// <see cref="AcceptEncoding.Preferred"/>, the rule the output cache keys entries by. The framework's own
/// choice compared coding names case-insensitively while the key did not, so one request with <c>GZIP</c>
/// stored gzip bytes under the key of clients that accept none, for an hour; and it let <c>*</c> override an
/// explicit <c>br;q=0</c>. The two encodings live here, not in the options, so nothing else can choose.
/// </summary>
internal sealed class NegotiatedCompressionProvider(
    IServiceProvider services, IOptions<ResponseCompressionOptions> options, IOptions<GzipCompressionProviderOptions> gzip)
    : IResponseCompressionProvider
{
    private readonly ResponseCompressionProvider _framework = new(services, options);
    private readonly ICompressionProvider _storedBrotli = new BrotliProvider(BrotliProvider.StoredQuality);
    private readonly ICompressionProvider _onTheFlyBrotli = new BrotliProvider(BrotliProvider.OnTheFlyQuality);
    private readonly ICompressionProvider _gzip = new GzipCompressionProvider(gzip);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) => AcceptEncoding.Preferred(context.Request) switch
    {
        AcceptEncoding.Brotli => WillBeStored(context) ? _storedBrotli : _onTheFlyBrotli,
        AcceptEncoding.Gzip => _gzip,
        _ => null,
    };

    /// <summary>
    /// The output cache's answer for this request so far: its policies have looked at the request (the response's
    /// own checks come after the first bytes, which need a compressor already). A response it may keep is compressed
    /// once per content version and earns the smaller bytes; any other is compressed again for every request.
    /// </summary>
    private static bool WillBeStored(HttpContext context) =>
        context.Features.Get<IOutputCacheFeature>()?.Context is { EnableOutputCaching: true, AllowCacheStorage: true };

    /// <summary>
    /// Always true, so every compressible response carries <c>Vary: Accept-Encoding</c>, the uncompressed ones
    /// included: a shared cache must not hand an identity response (and its ETag) to a gzip client or the
    /// other way round. Whether anything is compressed is <see cref="GetCompressionProvider"/>'s answer.
    /// </summary>
    public bool CheckRequestAcceptsCompression(HttpContext context) => true;

    /// <summary>The framework's rule: a compressible type (ResponseCompressionOptions.MimeTypes), HTTPS as configured.</summary>
    public bool ShouldCompressResponse(HttpContext context) => _framework.ShouldCompressResponse(context);
}
