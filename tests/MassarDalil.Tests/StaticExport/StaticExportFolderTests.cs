using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.StaticExport;

/// <summary>Where <c>export-static</c> may write: never over someone's files, never half an export.</summary>
public sealed class StaticExportFolderTests : IDisposable
{
    private const string BaseUrl = "--PublicSite:BaseUrl=https://dalil.example.ma";
    private readonly TestDatabase _database = new();
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "massar-tests", $"static-{Guid.NewGuid():N}");

    private string Target => Path.Combine(_parent, "site");

    [Fact]
    public async Task AFolderHoldingOtherFilesIsRefusedAndLeftAlone()
    {
        Directory.CreateDirectory(Target);
        await File.WriteAllTextAsync(Path.Combine(Target, "notes.txt"), "mine");

        var result = await MassarCli.RunAsync(_database.Path, "export-static", Target, BaseUrl);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("holds files that are not a previous export", result.Errors, StringComparison.Ordinal);
        Assert.Contains("--force", result.Errors, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(Target).Select(Path.GetFileName));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Fact]
    public async Task TheRepositoryIsNeverReplacedEvenWithForce()
    {
        var result = await MassarCli.RunAsync(_database.Path, "export-static", TestPaths.Root, BaseUrl, "--force");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("holds the repository or the current folder", result.Errors, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(TestPaths.Root, "MassarDalil.sln")));
    }

    [Fact]
    public async Task WithoutThePublicAddressTheExportIsRefused()
    {
        var result = await MassarCli.RunAsync(_database.Path, "export-static", Target);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--PublicSite:BaseUrl=", result.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_parent));
    }

    [Fact]
    public async Task APreviousExportIsReplacedWholeWithNothingLeftBeside()
    {
        await MassarCli.RunAsync(_database.Path, "import", TestPaths.Seed);
        Directory.CreateDirectory(Path.Combine(Target, "ar", "old-page"));
        await File.WriteAllTextAsync(Path.Combine(Target, ".massar-static-export"), "an earlier export");
        await File.WriteAllTextAsync(Path.Combine(Target, "ar", "old-page", "index.html"), "gone since");

        var result = await MassarCli.RunAsync(_database.Path, "export-static", Target, BaseUrl);

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.False(Directory.Exists(Path.Combine(Target, "ar", "old-page")));
        Assert.True(File.Exists(Path.Combine(Target, "ar", "faq", "index.html")));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
    }

    [Fact]
    public async Task GuidesAreExportedUnderTheirSlugsInBothLanguages()
    {
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Write("ar/guides/activation.md", "---\ntype: guide\nkey: activation\nslug: activation\ntitle: تفعيل الحساب\n---\n\nخطوات تفعيل حساب مسار.\n");
        seed.Write("en/guides/activation.md", "---\ntype: guide\nkey: activation\nslug: activation\ntitle: Activating the account\n---\n\nHow to activate a Massar account.\n");
        var imported = await MassarCli.RunAsync(_database.Path, "import", seed.Path);
        Assert.True(imported.ExitCode == 0, imported.Errors);

        var result = await MassarCli.RunAsync(_database.Path, "export-static", Target, BaseUrl);

        Assert.True(result.ExitCode == 0, result.Errors);
        var arabic = await File.ReadAllTextAsync(Path.Combine(Target, "ar", "activation", "index.html"));
        var english = await File.ReadAllTextAsync(Path.Combine(Target, "en", "activation", "index.html"));
        Assert.Contains("خطوات تفعيل حساب مسار.", arabic, StringComparison.Ordinal);
        Assert.Contains("class=\"language-switch\" href=\"/ar/activation\"", english, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"/en/activation\"", await File.ReadAllTextAsync(Path.Combine(Target, "en", "search-index.json")), StringComparison.Ordinal);
        Assert.Contains("  116 pages (ar 39, en 39, fr 38), 102 of them question pages\n", result.Output, StringComparison.Ordinal);
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
