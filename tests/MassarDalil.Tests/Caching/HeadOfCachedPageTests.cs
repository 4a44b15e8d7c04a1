using System.Globalization;
using System.Net;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MassarDalil.Tests.Caching.EncodingNegotiationTests;
using static MassarDalil.Tests.Caching.PageHitTests;

namespace MassarDalil.Tests.Caching;

/// <summary>
/// A HEAD of a cached page says what its GET says, Content-Length and Age included: an outside probe found the HEAD
/// after a cached GET without either, as the output cache keeps HEAD apart and rendered it again. Over Kestrel, which
/// drops a HEAD's body; the site's clock stands still, so every Age the site counts itself is the same.
/// </summary>
public class HeadOfCachedPageTests
{
    public static TheoryData<string> Encodings => new() { "br", "gzip", "" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task AHeadAfterItsGetIsCachedCarriesTheGetsHeadersLengthAndAge(string acceptEncoding)
    {
        using var app = StillClockApp();
        using var visitor = Loopback(app);
        using var rendered = await SendAsync(visitor, "/ar/faq", acceptEncoding);
        using var cached = await SendAsync(visitor, "/ar/faq", acceptEncoding);

        using var firstHead = await SendAsync(visitor, "/ar/faq", acceptEncoding, HttpMethod.Head);
        using var secondHead = await SendAsync(visitor, "/ar/faq", acceptEncoding, HttpMethod.Head);

        Assert.Equal((await cached.Content.ReadAsByteArrayAsync()).Length, SentLength(cached));
        Assert.NotNull(cached.Headers.Age);
        foreach (var head in new[] { firstHead, secondHead })
        {
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            Assert.Equal(SentLength(cached), SentLength(head));
            Assert.Equal(cached.Headers.Age, head.Headers.Age);
            Assert.Equal(Headers(cached), Headers(head));
        }
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task AHeadBeforeAnyGetAgreesWithTheGetsThatFollow(string acceptEncoding)
    {
        using var app = StillClockApp();
        using var visitor = Loopback(app);
        using var firstHead = await SendAsync(visitor, "/ar/faq", acceptEncoding, HttpMethod.Head);
        using var secondHead = await SendAsync(visitor, "/ar/faq", acceptEncoding, HttpMethod.Head);

        using var firstGet = await SendAsync(visitor, "/ar/faq", acceptEncoding);
        using var secondGet = await SendAsync(visitor, "/ar/faq", acceptEncoding);

        // Rendered, both: the GET goes in chunks, so neither has a length or an age.
        Assert.True(firstGet.Headers.TransferEncodingChunked);
        Assert.Null(SentLength(firstGet));
        Assert.Null(SentLength(firstHead));
        Assert.Null(firstGet.Headers.Age);
        Assert.Null(firstHead.Headers.Age);
        Assert.Equal(Headers(firstGet), Headers(firstHead));
        // Cached, both.
        Assert.NotNull(SentLength(secondGet));
        Assert.Equal(SentLength(secondGet), SentLength(secondHead));
        Assert.NotNull(secondGet.Headers.Age);
        Assert.NotNull(secondHead.Headers.Age);
        Assert.Equal(Headers(secondGet), Headers(secondHead));
        Assert.Empty(await secondHead.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The Content-Length the site sent: the property makes one up from a buffered body.</summary>
    private static long? SentLength(HttpResponseMessage response) =>
        response.Content.Headers.NonValidated.TryGetValues("Content-Length", out var values) ? long.Parse(values.ToString(), CultureInfo.InvariantCulture) : null;

    private static MassarApp StillClockApp() =>
        new(services: s => s.AddSingleton<TimeProvider>(new ManualClock(DateTimeOffset.UtcNow.AddHours(1))));
}
