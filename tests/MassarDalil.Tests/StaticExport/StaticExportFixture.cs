using System.Xml.Linq;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.StaticExport;

/// <summary>
/// One export of the seeded site, shared by the tests that only read it: an export starts the whole site and
/// fetches every page, too slow to repeat for each look at the same files.
/// </summary>
public sealed class StaticExportFixture : IAsyncLifetime, IDisposable
{
    public const string BaseUrl = "https://dalil.example.ma";

    private readonly TestDatabase _database = new();

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "massar-tests", $"static-{Guid.NewGuid():N}", "site");

    public CliResult Result { get; private set; } = null!;

    /// <summary>Every row of the database before the export and after it.</summary>
    public (string Before, string After) Database { get; private set; }

    public async Task InitializeAsync()
    {
        await MassarCli.RunAsync(_database.Path, "import", TestPaths.Seed);
        var before = await _database.DumpAsync();
        Result = await MassarCli.RunAsync(_database.Path, "export-static", Folder, $"--PublicSite:BaseUrl={BaseUrl}");
        Database = (before, await _database.DumpAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Every exported file, relative with / separators.</summary>
    public IReadOnlyList<string> Files => Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    public IEnumerable<string> HtmlFiles => Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal));

    public string Read(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    /// <summary>
    /// The file a static host serves for a site-relative address: the file itself, or the folder's index.html
    /// (<c>/ar/faq</c> → <c>ar/faq/index.html</c>); null when there is none.
    /// </summary>
    public string? Serves(string path)
    {
        var relative = Uri.UnescapeDataString(path.TrimStart('/'));
        var file = Path.Combine(Folder, relative);
        if (relative.Length > 0 && File.Exists(file))
        {
            return relative;
        }
        var index = Path.Combine(Folder, relative, "index.html");
        return File.Exists(index) ? Path.GetRelativePath(Folder, index).Replace('\\', '/') : null;
    }

    public IReadOnlyList<string> SitemapLocations()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return XDocument.Parse(Read("sitemap.xml")).Root!.Elements(sitemap + "url").Select(u => u.Element(sitemap + "loc")!.Value).ToList();
    }

    public void Dispose()
    {
        _database.Dispose();
        var root = Path.GetDirectoryName(Folder)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
