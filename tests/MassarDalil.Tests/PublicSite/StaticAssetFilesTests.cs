using System.Net;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.PublicSite;

public class StaticAssetFilesTests
{
    [Fact]
    public async Task WithoutItsWebRootTheSiteAnswers404ForEveryAssetAndSaysSoAtStart()
    {
        // A build folder run in Production: the manifest lists the files, the web root holds none.
        var empty = Directory.CreateTempSubdirectory("massar-webroot-").FullName;
        var logs = new CapturedLogs();
        using var app = new MassarApp(new() { ["environment"] = "Production", ["webroot"] = empty }) { StaticWebAssets = false };
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var visitor = logged.CreateClient();
        try
        {
            var page = await visitor.GetDocumentAsync("/en/faq");
            var assets = page.QuerySelectorAll("link[rel=stylesheet][href], script[src], link[rel=icon][href]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).Append("/css/site.css").Append("/js/site.js").ToList();

            Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
            foreach (var asset in assets)
            {
                using var response = await visitor.GetAsync(asset);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{asset}: {(int)response.StatusCode}, {response.Content.Headers.ContentLength} bytes");
            }
            var error = Assert.Single(logs.Entries, l => l.Level == LogLevel.Error && l.Message.Contains("web root", StringComparison.Ordinal));
            Assert.Contains(empty, error.Message, StringComparison.Ordinal);
            Assert.Contains("dotnet publish", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task WithItsFilesTheSiteServesThemAndLogsNoError()
    {
        var logs = new CapturedLogs();
        using var app = new MassarApp();
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var visitor = logged.CreateClient();

        var page = await visitor.GetDocumentAsync("/en/faq");
        using var css = await visitor.GetAsync(page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.NotEmpty(await css.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(logs.Entries, l => l.Message.Contains("web root", StringComparison.Ordinal));
    }
}
