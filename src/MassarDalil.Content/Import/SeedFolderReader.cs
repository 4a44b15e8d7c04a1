using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>
/// Reads and checks a whole seed folder: <c>sites.yml</c> and a folder per site of Markdown pages and its <c>texts.yml</c>.
/// Nothing is written; the result holds every error and warning with its file and line.
/// </summary>
public static class SeedFolderReader
{
    // Hidden entries (dot-files on Linux and macOS) are editors' and tools' own: '.obsidian/',
    // macOS's '._faq.md' copies. Unreadable ones are reported, not skipped.
    private static readonly EnumerationOptions Visible = new() { IgnoreInaccessible = false };
    private static readonly EnumerationOptions VisibleRecursive = new() { IgnoreInaccessible = false, RecurseSubdirectories = true };

    public static SeedReadResult Read(string folder)
    {
        var errors = new List<Problem>();
        var warnings = new List<Problem>();
        var sitesFile = Path.Combine(folder, SitesFileParser.FileName);
        if (!Directory.Exists(folder))
        {
            errors.Add(Problem.At(folder, 0, ProblemCode.SeedFolderMissing));
            return new SeedReadResult(null, errors, warnings);
        }
        if (!File.Exists(sitesFile))
        {
            errors.Add(Problem.At(sitesFile, 0, ProblemCode.SitesFileMissing));
            return new SeedReadResult(null, errors, warnings);
        }
        var sitesText = SeedFiles.ReadText(sitesFile, folder, errors);
        var sites = sitesText is null ? [] : SitesFileParser.Parse(sitesFile, sitesText, errors, warnings);

        foreach (var dir in Directory.GetDirectories(folder, "*", Visible).Order(StringComparer.Ordinal))
        {
            if (!sites.Any(s => s.Key == Path.GetFileName(dir)) && Path.GetFileName(dir) != MediaFolder.Folder)
            {
                errors.Add(Problem.At(dir, 0, ProblemCode.FolderNotASite, Path.GetFileName(dir), SitesFileParser.FileName));
            }
        }
        foreach (var stray in Directory.GetFiles(folder, "*.md", Visible).Order(StringComparer.Ordinal))
        {
            var example = string.Join(" or ", sites.Select(s => s.Key + "/").DefaultIfEmpty("ar/"));
            warnings.Add(Problem.At(stray, 0, ProblemCode.StrayPage, example));
        }
        var pages = new List<SeedPage>();
        var redirects = new List<SeedRedirect>();
        var texts = new List<SeedTexts>();
        var navigation = new List<SeedNavigation>();
        var refusedPages = 0;
        foreach (var site in sites)
        {
            var siteFolder = Path.Combine(folder, site.Key);
            if (!Directory.Exists(siteFolder))
            {
                warnings.Add(Problem.At(sitesFile, 1, ProblemCode.SiteWithoutFolder, site.Key));
                continue;
            }
            var redirectsFile = Path.Combine(siteFolder, RedirectsFile.FileName);
            if (File.Exists(redirectsFile) && SeedFiles.ReadText(redirectsFile, folder, errors) is { } redirectText)
            {
                redirects.AddRange(RedirectsFile.Parse(redirectsFile, site.Key, redirectText, errors));
            }
            var textsFile = Path.Combine(siteFolder, SiteTextsFile.FileName);
            if (File.Exists(textsFile) && SeedFiles.ReadText(textsFile, folder, errors) is { } textsText &&
                SiteTextsFile.Parse(textsFile, site.Key, textsText, errors) is { } siteTexts)
            {
                texts.Add(siteTexts);
            }
            var navigationFile = Path.Combine(siteFolder, NavigationFile.FileName);
            if (File.Exists(navigationFile) && SeedFiles.ReadText(navigationFile, folder, errors) is { } navigationText &&
                NavigationFile.Parse(navigationFile, navigationText, errors) is { } menu)
            {
                navigation.Add(new SeedNavigation(navigationFile, site.Key, menu));
            }
            foreach (var file in Directory.GetFiles(siteFolder, "*.md", VisibleRecursive).Order(StringComparer.Ordinal))
            {
                if (SeedFiles.Read(file, folder, errors) is { } bytes && SeedFileParser.Parse(file, site.Key, bytes, errors, warnings) is { } page)
                {
                    pages.Add(page);
                }
                else
                {
                    refusedPages++;
                }
            }
        }
        var media = MediaFolder.Read(folder, [.. sites.Select(s => s.Key)], errors);
        MediaFolder.CheckReferences(pages, media, errors);
        CheckUnique(pages, errors);
        RedirectsFile.Check(redirects, pages, errors);
        // Only against a complete set of pages: a page file refused above would make every menu naming it an error too.
        // A mistake in another file (texts.yml, a redirect) does not hide the menus' own, so one run reports both.
        foreach (var menu in refusedPages == 0 ? navigation : [])
        {
            var keys = pages.Where(p => p.SiteKey == menu.SiteKey).Select(p => p.TranslationKey).ToHashSet(StringComparer.Ordinal);
            errors.AddRange(NavigationFile.CheckPages(menu.File, menu.Menu, keys));
        }
        // Only against a complete set too: a file refused above would read as a translation missing in its language.
        if (errors.Count == 0)
        {
            SeedTranslations.Check(sites, pages, warnings);
            SeedTranslations.CheckTexts(sites, texts, warnings);
        }
        var lexiconFile = Path.Combine(folder, LexiconFileParser.FileName);
        var lexicon = File.Exists(lexiconFile) && SeedFiles.ReadText(lexiconFile, folder, errors) is { } lexiconText
            ? LexiconFileParser.Parse(lexiconFile, lexiconText, errors) : null;
        var set = errors.Count == 0 ? new SeedSet(sites, pages, redirects) { Lexicon = lexicon, Texts = texts, Navigation = navigation, Media = media } : null;
        return new SeedReadResult(set, errors, warnings);
    }

    private static void CheckUnique(List<SeedPage> pages, List<Problem> errors)
    {
        foreach (var site in pages.GroupBy(p => p.SiteKey))
        {
            foreach (var twins in site.GroupBy(p => p.TranslationKey).Where(g => g.Count() > 1))
            {
                foreach (var twin in twins.Skip(1))
                {
                    errors.Add(Problem.At(twin.File, twin.KeyLine, ProblemCode.TranslationKeyTwice, twins.Key, twins.First().File));
                }
            }
            foreach (var twins in site.GroupBy(p => p.Slug).Where(g => g.Count() > 1))
            {
                foreach (var twin in twins.Skip(1))
                {
                    errors.Add(twins.Key.Length == 0
                        ? Problem.At(twin.File, twin.KeyLine, ProblemCode.SecondHomePage, twins.First().File)
                        : Problem.At(twin.File, twin.SlugLine, ProblemCode.SlugTwice, twins.Key, twins.First().File));
                }
            }
        }
    }
}
