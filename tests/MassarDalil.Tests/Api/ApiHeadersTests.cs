using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Api;

public class ApiHeadersTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    private const string Origin = "https://partner.example";

    [Fact]
    public async Task EveryApiResponseAllowsAnyOriginWhetherItAskedOrNotRenderedOrCached()
    {
        // A site of its own, so each first request below is rendered and the second is the output cache's.
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        foreach (var path in new[] { "/api/v1/sites", "/api/v1/en/pages/faq", "/openapi/v1.json" })
        {
            // GET stored without an Origin, then served to a browser's CORS request; HEAD the other way round.
            foreach (var (method, first, second) in new[] { (HttpMethod.Get, (string?)null, (string?)Origin), (HttpMethod.Head, Origin, null) })
            {
                using var rendered = await SendAsync(visitor, method, path, first);
                using var cached = await SendAsync(visitor, method, path, second);

                Assert.False(rendered.Headers.Age.HasValue, $"{method} {path} was not rendered");
                Assert.True(cached.Headers.Age.HasValue, $"{method} {path} was not cached");
                AssertAnyOrigin(rendered);
                AssertAnyOrigin(cached);
            }
        }
    }

    [Fact]
    public async Task AnErrorOfTheApiAllowsAnyOriginToo()
    {
        var app = await site.AppAsync();
        using var response = await SendAsync(app.CreateVisitor(), HttpMethod.Get, "/api/v1/xx/pages", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertAnyOrigin(response);
    }

    [Theory]
    [InlineData("/api/v1/sites")]
    [InlineData("/api/v1/en/pages/faq")]
    [InlineData("/api/v1/xx/pages")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/docs/")]
    public async Task TheApiItsDocumentAndItsReferenceAreNotIndexed(string path)
    {
        var app = await site.AppAsync();
        var visitor = app.CreateVisitor();

        // The second answer may come from the output cache.
        for (var i = 0; i < 2; i++)
        {
            using var response = await visitor.GetAsync(path);
            Assert.Equal("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        }
    }

    [Theory]
    [InlineData("/en/faq")]
    [InlineData("/robots.txt")]
    public async Task PublicPagesAreIndexedAndNotOfferedToOtherOrigins(string path)
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Robots-Tag"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient visitor, HttpMethod method, string path, string? origin)
    {
        using var request = new HttpRequestMessage(method, path);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }
        return await visitor.SendAsync(request);
    }

    private static void AssertAnyOrigin(HttpResponseMessage response)
    {
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries));
        Assert.Equal(["ETag", "Last-Modified"], exposed);
        Assert.DoesNotContain("Origin", response.Headers.Vary);
    }
}
