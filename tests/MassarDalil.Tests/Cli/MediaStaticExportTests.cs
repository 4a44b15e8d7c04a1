using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Cli;

/// <summary><c>export-static</c> writes every width of a library image a page shows, at the address the page names.</summary>
public sealed class MediaStaticExportTests : IDisposable
{
    private const string Hash = "0123456789abcdef";

    private readonly SeedFolder _seed = SeedFolder.CopyOfRealSeed();
    private readonly TestDatabase _database = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "massar-tests", $"static-media-{Guid.NewGuid():N}");

    public void Dispose()
    {
        _seed.Dispose();
        _database.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task EveryVariantOfAnImageInAGuideIsWrittenAtItsAddress()
    {
        Directory.CreateDirectory(_seed.File("media"));
        await File.WriteAllBytesAsync(_seed.File($"media/{Hash}.png"), TestImages.Png(2000, 1000));
        _seed.Write("media/media.yml", $"{Hash}:\n  ar: \"صفحة الدخول\"\n  en: \"The sign-in page\"\n  fr: \"La page de connexion\"\n");
        _seed.Write("en/guides/steps.md", $"---\ntype: guide\nkey: steps\nslug: steps\ntitle: Steps\n---\n\n![](media:{Hash})\n");
        var imported = await MassarCli.RunAsync(_database.Path, "import", _seed.Path);
        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("media:     1 added", imported.Output, StringComparison.Ordinal);

        var exported = await MassarCli.RunAsync(_database.Path, "export-static", _folder, "--PublicSite:BaseUrl=https://dalil.example.ma");

        Assert.True(exported.ExitCode == 0, exported.Errors);
        foreach (var width in new[] { 480, 960, 1600 })
        {
            var file = Path.Combine(_folder, "media", $"{Hash}-{width}.webp");
            Assert.True(File.Exists(file), $"{file} missing");
            Assert.Equal("WEBP", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(file), 8, 4));
        }
        Assert.Contains("/media/*\n  Cache-Control: public, max-age=31536000, immutable", File.ReadAllText(Path.Combine(_folder, "_headers")), StringComparison.Ordinal);
    }
}
