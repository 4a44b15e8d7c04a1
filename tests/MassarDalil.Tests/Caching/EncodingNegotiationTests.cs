using System.IO.Compression;
using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Caching;

/// <summary>
/// The output cache stores compressed bytes, so the encoding it keys an entry by must be the one the
/// compression chose. Each case: an Accept-Encoding header and the only encoding a client sending it may get.
/// </summary>
public class EncodingNegotiationTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    public static TheoryData<string, string?> Cases => new()
    {
        { "", null },
        { "GZIP", "gzip" },
        { "Gzip", "gzip" },
        { "BR", "br" },
        { "gzip, BR", "br" },
        { "br;q=0", null },
        { "gzip;q=0", null },
        { "BR;Q=0, gzip", "gzip" },
        { "gzip;q=0, Br", "br" },
        { "gzip;q=0.5, br;q=0.4", "gzip" },
        { "identity", null },
        { "IDENTITY;q=1, gzip;q=0", null },
        { "*", "br" },
        { "*;q=0", null },
        { "*, br;q=0", "gzip" },
        { "*, BR;q=0, GZIP;q=0", null },
        { "deflate", null },
        { "not a ; valid = header", null },
    };

    // A page, a question, an API response, the API description and the sitemap: every cached kind.
    public static TheoryData<string> Paths => new() { "/ar/faq", "/en/faq/forgot-password", "/api/v1/sites", "/openapi/v1.json", "/sitemap.xml" };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachClientGetsAnEncodingItAcceptsWhateverWasCachedBefore(string acceptEncoding, string? expected)
    {
        var app = await site.AppAsync();
        var client = app.CreateVisitor();
        foreach (var (other, _) in Cases.Select(c => ((string)c[0], c[1])))
        {
            using var warm = await SendAsync(client, "/ar/faq", other);
        }

        using var response = await SendAsync(client, "/ar/faq", acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.Age);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", await DecodeAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ASequenceOfOddHeadersNeverPoisonsTheCache(string path)
    {
        var app = await site.AppAsync();
        var client = app.CreateVisitor();
        var cases = Cases.Select(c => ((string)c[0], (string?)c[1])).ToList();
        // Forward, then backward: every header comes both before and after every other.
        foreach (var (acceptEncoding, expected) in cases.Concat(Enumerable.Reverse(cases)))
        {
            using var response = await SendAsync(client, path, acceptEncoding);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(expected == response.Content.Headers.ContentEncoding.SingleOrDefault(),
                $"'{acceptEncoding}' got Content-Encoding '{response.Content.Headers.ContentEncoding.SingleOrDefault()}', expected '{expected}'");
            Assert.NotEmpty(await DecodeAsync(response));
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task EveryCompressibleResponseVariesByAcceptEncodingEvenUncompressed(string path)
    {
        var app = await site.AppAsync();
        var client = app.CreateVisitor();

        using var plain = await SendAsync(client, path, "");
        using var gzip = await SendAsync(client, path, "gzip");

        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
        Assert.Contains("Accept-Encoding", gzip.Headers.Vary);
    }

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string acceptEncoding, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (acceptEncoding.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        return await client.SendAsync(request);
    }

    /// <summary>The body decoded as its Content-Encoding says; throws if the bytes are not what it says.</summary>
    internal static async Task<string> DecodeAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        using Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(stream, CompressionMode.Decompress),
            "gzip" => new GZipStream(stream, CompressionMode.Decompress),
            null => stream,
            var other => throw new InvalidDataException($"unexpected Content-Encoding {other}"),
        };
        using var reader = new StreamReader(decoded);
        var text = await reader.ReadToEndAsync();
        // Compressed bytes read as text would hold control characters no page, JSON or XML here has.
        Assert.DoesNotContain(text, c => c < ' ' && c is not ('\n' or '\r' or '\t'));
        return text;
    }
}
