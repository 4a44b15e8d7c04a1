using System.Net;
using System.Text.RegularExpressions;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Http;

public class HeadRequestTests(HeadRequestTests.SiteOnLoopback site) : IClassFixture<HeadRequestTests.SiteOnLoopback>
{
    /// <summary>
    /// The site on Kestrel, not the test server: Kestrel is what drops a HEAD response's body. Static files as a
    /// published site serves them (see CompressionTests): Development's run-time patching gives a HEAD other
    /// validators than the GET it answers like.
    /// </summary>
    public sealed class SiteOnLoopback() : LoopbackSite(new() { ["ReloadStaticAssetsAtRuntime"] = "false" });

    // One of every kind of public address: the chooser, pages, search, the calculator, the machine-readable
    // files, every API route, its description and reference, a static file, health, and a 404.
    public static TheoryData<string, HttpStatusCode> Routes => new()
    {
        { "/", HttpStatusCode.Redirect },
        { "/ar/", HttpStatusCode.OK },
        { "/en/faq", HttpStatusCode.OK },
        { "/en/faq/forgot-password", HttpStatusCode.OK },
        { "/en/search?q=password", HttpStatusCode.OK },
        { "/en/search.json?q=password", HttpStatusCode.OK },
        { "/en/tools/average", HttpStatusCode.OK },
        { "/sitemap.xml", HttpStatusCode.OK },
        { "/robots.txt", HttpStatusCode.OK },
        { "/api/v1/sites", HttpStatusCode.OK },
        { "/api/v1/ar/pages", HttpStatusCode.OK },
        { "/api/v1/ar/pages/faq", HttpStatusCode.OK },
        { "/api/v1/en/faq/forgot-password", HttpStatusCode.OK },
        { "/api/v1/en/search?q=password", HttpStatusCode.OK },
        { "/api/v1/en/pages/no-such-page", HttpStatusCode.NotFound },
        { "/openapi/v1.json", HttpStatusCode.OK },
        { "/api/docs", HttpStatusCode.Found },
        { "/api/docs/", HttpStatusCode.OK },
        { "/css/site.css", HttpStatusCode.OK },
        { "/favicon.svg", HttpStatusCode.OK },
        { "/healthz", HttpStatusCode.OK },
        { "/en/no-such-page", HttpStatusCode.NotFound },
    };

    // Headers that describe the representation; Date and Age follow the clock. Content-Length is compared when
    // HEAD sends one: Kestrel and the static files leave it out of HEAD responses, as RFC 9110 9.3.2 allows.
    private static readonly string[] Compared =
        ["Content-Type", "Content-Encoding", "Cache-Control", "ETag", "Last-Modified", "Vary", "Location", "Content-Security-Policy"];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task HeadAnswersWhereverGetDoesWithTheSameStatusAndHeadersAndNoBody(string path, HttpStatusCode status)
    {
        var app = await site.AppAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.LoopbackAddress! };

        using var get = await SendAsync(client, HttpMethod.Get, path);
        using var head = await SendAsync(client, HttpMethod.Head, path);

        Assert.Equal(status, get.StatusCode);
        Assert.Equal(status, head.StatusCode);
        foreach (var name in Compared)
        {
            Assert.True(Values(get, name) == Values(head, name), $"{name}: GET '{Values(get, name)}', HEAD '{Values(head, name)}'");
        }
        if (head.Content.Headers.ContentLength is { } length)
        {
            Assert.Equal(get.Content.Headers.ContentLength, length);
        }
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        return await client.SendAsync(request);
    }

    /// <summary>The header's values; a script nonce, new in every response by design, reads as "n".</summary>
    private static string Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? Regex.Replace(string.Join(", ", values), "'nonce-[^']+'", "'nonce-n'")
            : "";
}
