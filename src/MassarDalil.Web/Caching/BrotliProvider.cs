using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace MassarDalil.Web.Caching;

/// <summary>
/// Brotli at quality 5. The built-in provider offers only Fastest (1), Optimal (4) and
/// SmallestSize (11): on the Arabic FAQ page 4 is larger than gzip's default, 11 takes about half a
/// second, and 5 is smaller than gzip in a few milliseconds (measured on this machine).
/// </summary>
internal sealed class BrotliProvider : ICompressionProvider
{
    public const int Quality = 5;

    public string EncodingName => "br";

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) =>
        new BrotliStream(outputStream, new BrotliCompressionOptions { Quality = Quality }, leaveOpen: true);
}
