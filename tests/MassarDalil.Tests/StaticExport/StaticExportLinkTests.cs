using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.StaticExport;

/// <summary>A published link to an address that answers but is not a page costs that link, not the export.</summary>
public sealed class StaticExportLinkTests : IDisposable
{
    private const string BaseUrl = "--PublicSite:BaseUrl=https://dalil.example.ma";
    private readonly TestDatabase _database = new();
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "massar-tests", $"static-{Guid.NewGuid():N}");

    private string Target => Path.Combine(_parent, "site");

    [Theory]
    [InlineData("/en/search.json?q=", "/en/search.json", 400)] // results-as-you-type: 400 without a query
    [InlineData("/ar/search.json", "/ar/search.json", 400)]
    [InlineData("https://dalil.example.ma/en/search.json?q=massar#top", "/en/search.json", 400)] // the export drops the query
    public async Task ALinkToAnAddressThatIsNotAPageIsSkippedWithAWarning(string link, string path, int status)
    {
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Write("en/guides/links.md", $"---\ntype: guide\nkey: links\nslug: links\ntitle: Links\n---\n\nSee [this address]({link}).\n");
        var imported = await MassarCli.RunAsync(_database.Path, "import", seed.Path);
        Assert.True(imported.ExitCode == 0, imported.Errors);

        var result = await MassarCli.RunAsync(_database.Path, "export-static", Target, BaseUrl);

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Contains($"warning: {path} (linked from /en/links) answered {status}, not a page, so it is not in the export", result.Output, StringComparison.Ordinal);
        Assert.Contains("See <a href=\"", await File.ReadAllTextAsync(Path.Combine(Target, "en", "links", "index.html")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Target, path.TrimStart('/'))), $"{path} was written");
        Assert.True(File.Exists(Path.Combine(Target, "en", "faq", "index.html")));
    }

    public void Dispose()
    {
        _database.Dispose();
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }
}
