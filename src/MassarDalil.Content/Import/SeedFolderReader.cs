using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Import;

/// <summary>
/// Reads and checks a whole seed folder: <c>sites.yml</c> and a folder of Markdown pages per site.
/// Nothing is written; the result holds every error and warning with its file and line.
/// </summary>
public static class SeedFolderReader
{
    public static SeedReadResult Read(string folder)
    {
        var errors = new List<SeedProblem>();
        var warnings = new List<SeedProblem>();
        var sitesFile = Path.Combine(folder, SitesFileParser.FileName);
        if (!Directory.Exists(folder))
        {
            errors.Add(new SeedProblem(folder, 0, "the seed folder does not exist"));
            return new SeedReadResult(null, errors, warnings);
        }
        if (!File.Exists(sitesFile))
        {
            errors.Add(new SeedProblem(sitesFile, 1, "missing: the seed folder needs a sites.yml naming its sites"));
            return new SeedReadResult(null, errors, warnings);
        }
        var sitesText = SeedText.Decode(sitesFile, ReadBytes(sitesFile, errors), errors);
        var sites = sitesText is null ? [] : SitesFileParser.Parse(sitesFile, sitesText, errors);

        foreach (var dir in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (!sites.Any(s => s.Key == Path.GetFileName(dir)))
            {
                errors.Add(new SeedProblem(dir, 0, $"the folder '{Path.GetFileName(dir)}' is not a site in {SitesFileParser.FileName}"));
            }
        }
        var pages = new List<SeedPage>();
        foreach (var site in sites)
        {
            var siteFolder = Path.Combine(folder, site.Key);
            if (!Directory.Exists(siteFolder))
            {
                warnings.Add(new SeedProblem(sitesFile, 1, $"the site '{site.Key}' has no folder of pages"));
                continue;
            }
            foreach (var file in Directory.GetFiles(siteFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var bytes = ReadBytes(file, errors);
                if (SeedFileParser.Parse(file, site.Key, bytes, errors) is { } page)
                {
                    pages.Add(page);
                }
            }
        }
        CheckUnique(pages, errors);
        SeedTranslations.Check(sites, pages, warnings);
        var set = errors.Count == 0 ? new SeedSet(sites, pages) : null;
        return new SeedReadResult(set, errors, warnings);
    }

    private static byte[] ReadBytes(string file, List<SeedProblem> errors)
    {
        // Checked before reading so a huge file is refused without loading it.
        if (new FileInfo(file).Length > SeedText.MaxFileBytes)
        {
            errors.Add(new SeedProblem(file, 1, $"the file is {new FileInfo(file).Length / 1024} KiB; a seed file may be at most {SeedText.MaxFileBytes / 1024} KiB"));
            return [];
        }
        return File.ReadAllBytes(file);
    }

    private static void CheckUnique(List<SeedPage> pages, List<SeedProblem> errors)
    {
        foreach (var site in pages.GroupBy(p => p.SiteKey))
        {
            foreach (var twin in site.GroupBy(p => p.TranslationKey).Where(g => g.Count() > 1))
            {
                errors.Add(new SeedProblem(twin.Last().File, 2, $"the key '{twin.Key}' is also used by {twin.First().File}"));
            }
            foreach (var twin in site.GroupBy(p => p.Slug).Where(g => g.Count() > 1))
            {
                var what = twin.Key.Length == 0 ? "a second home page" : $"the slug '{twin.Key}' is also used by {twin.First().File}";
                errors.Add(new SeedProblem(twin.Last().File, 2, what));
            }
        }
    }
}
