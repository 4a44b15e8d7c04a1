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
    private readonly ICompressionProvider _brotli = new BrotliProvider();
    private readonly ICompressionProvider _gzip = new GzipCompressionProvider(gzip);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) => AcceptEncoding.Preferred(context.Request) switch
    {
        AcceptEncoding.Brotli => _brotli,
        AcceptEncoding.Gzip => _gzip,
        _ => null,
    };

    /// <summary>
    /// Always true, so every compressible response carries <c>Vary: Accept-Encoding</c>, the uncompressed ones
    /// included: a shared cache must not hand an identity response (and its ETag) to a gzip client or the
    /// other way round. Whether anything is compressed is <see cref="GetCompressionProvider"/>'s answer.
    /// </summary>
    public bool CheckRequestAcceptsCompression(HttpContext context) => true;

    /// <summary>The framework's rule: a compressible type (ResponseCompressionOptions.MimeTypes), HTTPS as configured.</summary>
    public bool ShouldCompressResponse(HttpContext context) => _framework.ShouldCompressResponse(context);
}
