using System.Net.Http.Headers;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.PublicSite;

public class PageWeightTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    private const int Budget = 60 * 1024;

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task TheArabicFaqWithItsCssAndJavaScriptWeighsUnder60KilobytesCompressed(string encoding)
    {
        var app = await site.AppAsync();
        var client = app.CreateVisitor();

        var page = await client.GetDocumentAsync("/ar/faq");
        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        var total = await CompressedSizeAsync(client, "/ar/faq", encoding);
        foreach (var asset in assets)
        {
            total += await CompressedSizeAsync(client, asset, encoding);
        }

        Assert.Single(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        Assert.True(total < Budget, $"/ar/faq with its CSS and JS is {total} bytes with {encoding}");
    }

    [Fact]
    public async Task EveryPublicPageWithItsCssJavaScriptAndOfflineWorkerWeighsUnder60KilobytesWithBrotli()
    {
        var app = await site.AppAsync();
        var client = app.CreateVisitor();
        var paths = (await client.GetSitemapAsync()).Select(u => SitemapReader.PathOf(u.Loc))
            .Concat(["/ar/search?q=%D9%83%D9%84%D9%85%D8%A9", "/en/search?q=password", "/fr/search?q=zorglub"]).ToList();
        var assetSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var path in paths)
        {
            var page = await client.GetDocumentAsync(path);
            var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Append(page.Body!.GetAttribute("data-offline-worker")!);
            var total = await CompressedSizeAsync(client, path, "br");
            foreach (var asset in assets)
            {
                if (!assetSizes.TryGetValue(asset, out var size))
                {
                    assetSizes[asset] = size = await CompressedSizeAsync(client, asset, "br");
                }
                total += size;
            }
            weights[path] = total;
        }

        Assert.True(weights.Count > 100, $"only {weights.Count} pages were weighed");
        var heaviest = weights.MaxBy(w => w.Value);
        Assert.True(heaviest.Value < Budget, $"{heaviest.Key} with its CSS, JS and worker is {heaviest.Value} bytes with br");
    }

    [Fact]
    public async Task OnlyOneStylesheetBlocksRenderingAndEveryScriptIsAModule()
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync("/ar/faq");

        Assert.Single(page.QuerySelectorAll("link[rel=stylesheet]"));
        // Modules are deferred: they never block parsing.
        Assert.All(page.QuerySelectorAll("script[src]"), script => Assert.Equal("module", script.GetAttribute("type")));
        Assert.Empty(page.QuerySelectorAll("link[rel=preload][as=font], link[rel=stylesheet][href^=http]"));
    }

    /// <summary>The bytes on the wire when a browser asks for <paramref name="encoding"/> (the test client does not decompress).</summary>
    private static async Task<int> CompressedSizeAsync(HttpClient client, string path, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
