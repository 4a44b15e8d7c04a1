using System.Net;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Caching;
using Microsoft.Extensions.DependencyInjection;
using static MassarDalil.Tests.Caching.EncodingNegotiationTests;

namespace MassarDalil.Tests.Caching;

/// <summary>
/// A cached page is answered before routing from bytes and headers kept ready. What a visitor gets must be what the
/// output cache sends: the same bytes, the same headers and length, the same 304s. A query string
/// keeps a request on the output cache's own path, which is what these compare against. Over Kestrel, to see the
/// framing as a browser does.
/// </summary>
public class PageHitTests
{
    // Br, gzip, identity, br refused, an encoding nobody offers, and the wildcard.
    public static TheoryData<string> Encodings => new() { "br", "gzip, deflate, br, zstd", "gzip", "", "br;q=0, gzip;q=0", "compress", "*" };

    // Set per response by Kestrel, or by the cache as the entry ages.
    private static readonly string[] PerResponse = ["Date", "Age", "Content-Length", "Transfer-Encoding"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task AHitIsTheRenderedPageWithItsHeadersAndItsLength(string acceptEncoding)
    {
        using var app = new MassarApp();
        using var visitor = Loopback(app);

        using var rendered = await SendAsync(visitor, "/en/faq", acceptEncoding);
        using var hit = await SendAsync(visitor, "/en/faq", acceptEncoding);
        var body = await hit.Content.ReadAsByteArrayAsync();

        Assert.Null(rendered.Headers.Age);
        Assert.NotNull(hit.Headers.Age);
        Assert.True(rendered.Headers.TransferEncodingChunked);
        Assert.Equal(body.Length, hit.Content.Headers.ContentLength);
        Assert.NotEqual(true, hit.Headers.TransferEncodingChunked);
        Assert.Equal(await rendered.Content.ReadAsByteArrayAsync(), body);
        Assert.Equal(Headers(rendered), Headers(hit));
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", await DecodeAsync(hit), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task AHitCarriesTheSameHeadersAsTheOutputCachesOwnHit(string acceptEncoding)
    {
        using var app = new MassarApp();
        using var visitor = Loopback(app);
        using var warm = await SendAsync(visitor, "/ar/faq", acceptEncoding);
        using var warmQuery = await SendAsync(visitor, "/ar/faq?from=output-cache", acceptEncoding);

        using var hit = await SendAsync(visitor, "/ar/faq", acceptEncoding);
        using var outputCacheHit = await SendAsync(visitor, "/ar/faq?from=output-cache", acceptEncoding);

        Assert.NotNull(outputCacheHit.Headers.Age);
        Assert.Equal(outputCacheHit.Content.Headers.ContentLength, hit.Content.Headers.ContentLength);
        Assert.NotEqual(true, hit.Headers.TransferEncodingChunked);
        Assert.Equal(Headers(outputCacheHit), Headers(hit));
        Assert.Equal(await DecodeAsync(outputCacheHit), await DecodeAsync(hit));
    }

    [Fact]
    public async Task BrotliBytesOfAHitDecompressToThePage()
    {
        using var app = new MassarApp();
        using var visitor = Loopback(app);
        using var warm = await SendAsync(visitor, "/ar/faq", "br");

        using var plain = await SendAsync(visitor, "/ar/faq", "");
        using var brotli = await SendAsync(visitor, "/ar/faq", "br");

        Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await DecodeAsync(brotli));
    }

    public static TheoryData<string, string, HttpStatusCode> Validators => new()
    {
        { "If-None-Match", "{etag}", HttpStatusCode.NotModified },
        { "If-None-Match", "\"other\", {etag}", HttpStatusCode.NotModified },
        { "If-None-Match", "*", HttpStatusCode.NotModified },
        { "If-None-Match", "W/\"0-other\"", HttpStatusCode.OK },
        { "If-Modified-Since", "{modified}", HttpStatusCode.NotModified },
        { "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Validators))]
    public async Task ARevalidationIsAnsweredAsTheOutputCacheAnswersIt(string header, string value, HttpStatusCode expected)
    {
        using var app = new MassarApp();
        using var visitor = Loopback(app);
        using var warm = await visitor.GetAsync("/en/faq");
        using var warmQuery = await visitor.GetAsync("/en/faq?from=output-cache");
        value = value.Replace("{etag}", warm.Headers.ETag!.ToString(), StringComparison.Ordinal)
            .Replace("{modified}", warm.Content.Headers.LastModified!.Value.ToString("R"), StringComparison.Ordinal);

        using var hit = await RevalidateAsync(visitor, "/en/faq", header, value);
        using var outputCacheHit = await RevalidateAsync(visitor, "/en/faq?from=output-cache", header, value);

        Assert.Equal(expected, hit.StatusCode);
        Assert.Equal(expected, outputCacheHit.StatusCode);
        Assert.Equal(Headers(outputCacheHit), Headers(hit));
        Assert.Equal((await outputCacheHit.Content.ReadAsByteArrayAsync()).Length, (await hit.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task HeadOfACachedPageHasTheHeadersOfItsGetAndNoBody()
    {
        using var app = new MassarApp();
        using var visitor = Loopback(app);
        using var warm = await SendAsync(visitor, "/en/faq", "br");
        using var warmHead = await SendAsync(visitor, "/en/faq", "br", HttpMethod.Head);

        using var get = await SendAsync(visitor, "/en/faq", "br");
        using var head = await SendAsync(visitor, "/en/faq", "br", HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(Headers(get), Headers(head));
    }

    [Fact]
    public async Task ARequestCarryingCredentialsIsNotAnsweredFromAHit()
    {
        using var app = new MassarApp();
        using var visitor = Loopback(app);
        using var warm = await visitor.GetAsync("/en/faq");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/faq");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer anything");
        using var response = await visitor.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public async Task VisitorsAskingAtOnceForAPageNotKeptYetAllGetItAndItIsKeptAgainAfterAPublish()
    {
        using var app = new MassarApp();
        using var visitor = Loopback(app);
        var address = visitor.BaseAddress!;
        var hits = app.Services.GetRequiredService<PageHits>();
        var key = new PageHitKey(address.Scheme, address.Authority, "/en/faq", AcceptEncoding.Identity);

        // Only one of them copies the page for the store; the rest must still get all of it.
        var bodies = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => visitor.GetByteArrayAsync("/en/faq")));
        var firstVersion = hits.CurrentVersion!.Value;
        Assert.NotNull(hits.Find(key, firstVersion, hits.Time.GetUtcNow()));

        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("Published while the page was kept."));
        var published = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => visitor.GetStringAsync("/en/faq")));

        Assert.All(bodies, body => Assert.Equal(bodies[0], body));
        Assert.All(published, page => Assert.Contains("Published while the page was kept.", page, StringComparison.Ordinal));
        Assert.NotEqual(firstVersion, hits.CurrentVersion);
        Assert.NotNull(hits.Find(key, hits.CurrentVersion!.Value, hits.Time.GetUtcNow()));
    }

    /// <summary>Kestrel on a loopback port: the in-memory server fills in lengths and HEAD bodies.</summary>
    internal static HttpClient Loopback(MassarApp app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.StartOnLoopback() };

    private static async Task<HttpResponseMessage> RevalidateAsync(HttpClient client, string path, string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation(header, value);
        return await client.SendAsync(request);
    }

    /// <summary>Every header a visitor gets, by name, less those set per response.</summary>
    internal static SortedDictionary<string, string> Headers(HttpResponseMessage response) =>
        new(response.Headers.Concat(response.Content.Headers)
            .Where(h => !PerResponse.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
}
