using System.IO.Compression;
using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Caching;

public class CompressionTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("", null)]
    public async Task PagesAreCompressedAsTheClientAsksEvenWhenAnotherEncodingIsCached(string acceptEncoding, string? expected)
    {
        var app = await site.AppAsync();
        var client = app.CreateVisitor();
        // Warm the cache with every other encoding first.
        foreach (var other in new[] { "br", "gzip", "" })
        {
            using var warm = await SendAsync(client, "/ar/faq", other);
        }

        using var response = await SendAsync(client, "/ar/faq", acceptEncoding);
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", body, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.Age);
    }

    [Theory]
    [InlineData("/ar/faq", 10)] // kept by the output cache: compressed once per content version
    [InlineData("/ar/search?q=%D9%83%D9%84%D9%85%D8%A9%20%D8%A7%D9%84%D8%B3%D8%B1", 3)] // compressed for every request
    public async Task CachedPagesGetTheSmallerBrotliAndResponsesMadeForEveryRequestTheQuickerOne(string path, int quality)
    {
        var app = await site.AppAsync();
        using var response = await SendAsync(app.CreateVisitor(), path, "br");
        var sent = await response.Content.ReadAsByteArrayAsync();
        var page = await DecodeAsync(sent);

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        Assert.Equal(OneShotBrotli(page, quality), sent);
        Assert.NotEqual(OneShotBrotli(page, quality == 10 ? 3 : 10).Length, sent.Length);
    }

    private static async Task<byte[]> DecodeAsync(byte[] brotli)
    {
        using var decoded = new MemoryStream();
        await using (var stream = new BrotliStream(new MemoryStream(brotli), CompressionMode.Decompress))
        {
            await stream.CopyToAsync(decoded);
        }
        return decoded.ToArray();
    }

    private static byte[] OneShotBrotli(byte[] bytes, int quality)
    {
        using var compressed = new MemoryStream();
        using (var stream = new BrotliStream(compressed, new BrotliCompressionOptions { Quality = quality }, leaveOpen: true))
        {
            stream.Write(bytes);
        }
        return compressed.ToArray();
    }

    [Fact]
    public async Task ApiResponsesAreCompressedToo()
    {
        var app = await site.AppAsync();
        using var response = await SendAsync(app.CreateVisitor(), "/api/v1/ar/pages/faq", "br");

        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        Assert.StartsWith("{\"key\":\"faq\"", await ReadAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StylesheetIsFingerprintedPrecompressedAndCachedForAYear()
    {
        // Served as a published site serves it: with the build's manifest, ASP.NET Core otherwise
        // patches assets at run time for editing and sends no-cache. A build precompresses with
        // gzip; a publish adds Brotli, which tests/load/run.sh checks on the published site.
        using var app = new MassarApp(new() { ["ReloadStaticAssetsAtRuntime"] = "false" });
        var client = app.CreateVisitor();
        var page = await client.GetDocumentAsync("/en/faq");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await SendAsync(client, href, "gzip");
        var cacheControl = response.Headers.CacheControl!;

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.True(cacheControl.MaxAge >= TimeSpan.FromDays(365), cacheControl.ToString());
        Assert.Contains("immutable", cacheControl.ToString(), StringComparison.Ordinal);
        Assert.Contains("--", await ReadAsync(response), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        return await client.SendAsync(request);
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var stream = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(stream, CompressionMode.Decompress),
            "gzip" => new GZipStream(stream, CompressionMode.Decompress),
            _ => stream,
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }
}
