using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.StaticExport;

/// <summary>What <c>massar export-static</c> writes: the public site as files a static host serves as they are.</summary>
public sealed partial class StaticExportTests(StaticExportFixture export) : IClassFixture<StaticExportFixture>
{
    [Fact]
    public void TheExportSucceedsAndSaysWhereItWrote()
    {
        Assert.True(export.Result.ExitCode == 0, export.Result.Errors + export.Result.Output);
        Assert.StartsWith($"exported the public site to {export.Folder} in ", export.Result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", export.Result.Output, StringComparison.Ordinal);
        Assert.Equal("", export.Result.Errors);
    }

    [Fact]
    public void TheExportLeavesTheDatabaseAsItWasWithNoAdministratorCreated()
    {
        Assert.Contains("# AspNetUsers\n# ", export.Database.After, StringComparison.Ordinal);
        Assert.Equal(export.Database.Before, export.Database.After);
    }

    [Fact]
    public void EverySitemapAddressHasItsPageInTheExport()
    {
        var locations = export.SitemapLocations();

        Assert.Equal(3 + 3 + 3 * 34 + 3, locations.Count); // three homes, three FAQs, every question's own page, three calculators
        foreach (var location in locations)
        {
            Assert.StartsWith(StaticExportFixture.BaseUrl + "/", location, StringComparison.Ordinal);
            Assert.True(export.Serves(new Uri(location).AbsolutePath) is not null, $"nothing in the export serves {location}");
        }
    }

    [Fact]
    public async Task EveryLinkInEveryExportedPageLeadsToAnExportedFile()
    {
        var checkedLinks = 0;
        foreach (var file in export.HtmlFiles)
        {
            var page = await Html.ParseAsync(export.Read(file));
            foreach (var link in Links(page))
            {
                checkedLinks++;
                Assert.True(export.Serves(link) is not null, $"{file} links to {link}, which is not in the export");
            }
        }
        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links were checked");
    }

    [Fact]
    public async Task NoFormInTheExportPostsAndNoAnswerAsksForFeedback()
    {
        foreach (var file in export.HtmlFiles)
        {
            var page = await Html.ParseAsync(export.Read(file));
            foreach (var form in page.QuerySelectorAll("form"))
            {
                Assert.True(form.GetAttribute("method") is null or "get", $"{file} has a form that posts to {form.GetAttribute("action")}");
            }
            Assert.Empty(page.QuerySelectorAll(".feedback-box, template#feedback-why, script[src*='feedback']"));
        }
    }

    [Fact]
    public async Task EveryLanguageIsExportedWithItsDirection()
    {
        var arabic = await Html.ParseAsync(export.Read("ar/index.html"));
        var english = await Html.ParseAsync(export.Read("en/faq/forgot-password/index.html"));
        var french = await Html.ParseAsync(export.Read("fr/faq/forgot-password/index.html"));

        Assert.Equal(("ar", "rtl"), (arabic.DocumentElement.GetAttribute("lang"), arabic.DocumentElement.GetAttribute("dir")));
        Assert.Equal(("en", "ltr"), (english.DocumentElement.GetAttribute("lang"), english.DocumentElement.GetAttribute("dir")));
        Assert.Equal($"{StaticExportFixture.BaseUrl}/en/faq/forgot-password", english.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/ar/faq/forgot-password", english.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal(34, export.Files.Count(f => QuestionPage().IsMatch(f) && f.StartsWith("ar/", StringComparison.Ordinal)));
        Assert.Equal(34, export.Files.Count(f => QuestionPage().IsMatch(f) && f.StartsWith("en/", StringComparison.Ordinal)));
        Assert.Equal(("fr", "ltr"), (french.DocumentElement.GetAttribute("lang"), french.DocumentElement.GetAttribute("dir")));
        Assert.Equal(["/ar/faq/forgot-password", "/en/faq/forgot-password"], french.QuerySelectorAll("a.language-switch").Select(a => a.GetAttribute("href")));
        Assert.Equal(34, export.Files.Count(f => QuestionPage().IsMatch(f) && f.StartsWith("fr/", StringComparison.Ordinal)));
        Assert.True(export.Serves("/fr/404.html") is not null);
    }

    [Fact]
    public async Task NotFoundPagesAreArabicAtTheRootWithAWayToEnglishAndOnePerLanguage()
    {
        var root = await Html.ParseAsync(export.Read("404.html"));
        var english = await Html.ParseAsync(export.Read("en/404.html"));

        Assert.Equal("ar", root.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/en/", root.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal("noindex", root.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(english.QuerySelector("main a[href='/en/faq']"));
        Assert.True(export.Serves("/ar/404.html") is not null);
    }

    [Fact]
    public async Task TheRootChoosesTheLanguageInTheBrowserAndFallsBackToArabic()
    {
        var root = await Html.ParseAsync(export.Read("index.html"));

        Assert.Equal("0; url=/ar/", root.QuerySelector("noscript meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Matches(@"^/js/language-chooser\.\w+\.js$|^/js/language-chooser\.js$", root.QuerySelector("script[src]")!.GetAttribute("src"));
        Assert.NotNull(export.Serves(root.QuerySelector("script[src]")!.GetAttribute("src")!));
        Assert.Equal(["/ar/", "/en/", "/fr/"], root.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task PagesKnowTheyAreAStaticCopyAndCarryTheStrictPolicy()
    {
        var page = await Html.ParseAsync(export.Read("ar/faq/index.html"));
        var root = await Html.ParseAsync(export.Read("index.html"));

        Assert.True(page.DocumentElement.HasAttribute("data-static-export"));
        var policy = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal(policy, root.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json']):not([type='application/json'])"));
        var headers = export.Read("_headers");
        Assert.StartsWith("/*\n  Content-Security-Policy: default-src 'self'", headers, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", headers, StringComparison.Ordinal);
        Assert.Matches(@"/css/site\.\w+\.css\n  Cache-Control: [^\n]*immutable", headers);
    }

    [Fact]
    public async Task TheStylesheetScriptsAndIconsAreExportedUnderTheirFingerprintedNames()
    {
        var page = await Html.ParseAsync(export.Read("ar/tools/average/index.html"));
        var assets = page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], link[rel=manifest], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToList();

        Assert.Equal(7, assets.Count); // stylesheet, two icons (SVG, PNG), manifest, site.js, search.js, average.js
        foreach (var asset in assets)
        {
            Assert.Matches(@"^/[\w/-]+\.\w{10}\.\w+$", asset);
            Assert.True(new FileInfo(Path.Combine(export.Folder, asset!.TrimStart('/'))).Length > 100, $"{asset} is missing or empty");
        }
        Assert.Contains("robots.txt", export.Files);
        // The social card and the icons the manifest and head name, which no href in the page reaches.
        var card = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Equal($"{StaticExportFixture.BaseUrl}/img/social-ar.png", card);
        foreach (var file in new[] { "/img/social-ar.png", "/img/social-en.png", "/img/social-fr.png", "/icon-512.png", page.QuerySelector("link[rel=apple-touch-icon]")!.GetAttribute("href")! })
        {
            Assert.True(export.Serves(file) is not null, $"{file} is not in the export");
        }
        Assert.Contains($"Sitemap: {StaticExportFixture.BaseUrl}/sitemap.xml", export.Read("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void EachLanguageHasASearchIndexOfItsQuestionsForTheBrowser()
    {
        using var arabic = JsonDocument.Parse(export.Read("ar/search-index.json"));
        var entries = arabic.RootElement.GetProperty("entries").EnumerateArray().ToList();
        var summaries = arabic.RootElement.GetProperty("summaries").EnumerateArray().Select(s => s.GetString()).ToList();

        Assert.Equal(34, entries.Count);
        Assert.Contains(entries, e => e.GetProperty("url").GetString() == "/ar/faq#forgot-password");
        Assert.All(entries, e => Assert.NotNull(export.Serves(e.GetProperty("url").GetString()!.Split('#')[0])));
        Assert.Equal("نتيجتان للبحث عن «{q}»", summaries[2]);
        Assert.True(export.Serves("/en/search-index.json") is not null);
        Assert.True(export.Serves("/fr/search-index.json") is not null);
    }

    [Fact]
    public void TheSummaryCountsWhatIsInTheFolder()
    {
        var files = export.Files;
        var pages = files.Count(f => f.EndsWith("/index.html", StringComparison.Ordinal)); // the root's index.html only redirects
        var output = export.Result.Output;

        Assert.Contains($"  {pages} pages (ar {pages / 3}, en {pages / 3}, fr {pages / 3}), 102 of them question pages\n", output, StringComparison.Ordinal);
        Assert.Contains("  4 not-found pages, 1 redirecting page(s), ", output, StringComparison.Ordinal);
        var counted = Regex.Match(output, @"  (\d+) files, ([\d.]+) KiB\n");
        Assert.Equal(files.Count, int.Parse(counted.Groups[1].Value, CultureInfo.InvariantCulture));
        var kib = files.Sum(f => new FileInfo(Path.Combine(export.Folder, f)).Length) / 1024.0;
        Assert.Equal(kib, double.Parse(counted.Groups[2].Value, CultureInfo.InvariantCulture), 0.1);
    }

    /// <summary>Site-relative addresses a page points to: links, assets, form actions and search.js's index.</summary>
    private static IEnumerable<string> Links(IDocument page) =>
        page.QuerySelectorAll("a[href], link[href], script[src], form[action], [data-live-search]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action") ?? e.GetAttribute("data-live-search")!)
            .Where(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal))
            .Select(l => l.Split('#', '?')[0]);

    [GeneratedRegex(@"^\w\w/faq/(?!topic/)[\w-]+/index\.html$")]
    private static partial Regex QuestionPage();
}
