using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace MassarDalil.Web.Caching;

/// <summary>
/// Brotli at a quality of our choosing. The built-in provider offers only Fastest (1), Optimal (4) and
/// SmallestSize (11).
/// </summary>
internal sealed class BrotliProvider(int quality) : ICompressionProvider
{
    /// <summary>
    /// For a response the output cache keeps, compressed once per content version and then sent as it is to every
    /// visitor, mostly on phones: quality 10 makes the seed's FAQ pages 10-12% smaller than 5 did (Arabic 9,032 to
    /// 7,960 bytes, English 7,931 to 7,020, French 8,811 to 8,050) for 14-21 ms of CPU once instead of under 1 ms;
    /// 11 takes three times as long again for 1-2% more (tests/load/README.md).
    /// </summary>
    public const int StoredQuality = 10;

    /// <summary>
    /// For a response compressed for every request (search results, the manager): on a 26 KB page, quality 3 took
    /// 0.26 ms of CPU and gave 8.8 KB against 0.66 ms and 7.9 KB at 5 (4: 0.41 ms, 8.6 KB; gzip's default 8.3 KB),
    /// busy 2-core machine, 400 runs each. A few hundred bytes more on the wire, less than half the CPU.
    /// </summary>
    public const int OnTheFlyQuality = 3;

    public int Quality => quality;

    public string EncodingName => "br";

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) =>
        new BrotliStream(outputStream, new BrotliCompressionOptions { Quality = quality }, leaveOpen: true);
}
