using System.Net;
using AngleSharp.Dom;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Navigation;

/// <summary>The manager's navigation page: editors choose the header, the footer and the home page's groups of guides.</summary>
public class NavigationEditorTests
{
    private const string Guide = "تفعيل الحساب خطوة بخطوة";

    private static async Task<(MassarApp App, HttpClient Editor, string Path)> OpenAsync(string site = "ar")
    {
        var app = ManagerAccess.NewApp();
        await app.PublishAsync(site, "activate", Guide, "الخطوات.", "activate");
        var id = await app.PageIdAsync(site, PageType.Navigation);
        return (app, await app.EditorAsync(), $"/manager/navigation/{id}");
    }

    private static IEnumerable<string> HeaderLinks(IDocument page) =>
        page.QuerySelectorAll(".site-nav a:not(.language-switch)").Select(a => $"{a.GetAttribute("href")} {a.TextContent}");

    [Fact]
    public async Task AnEditorPutsAGuideFirstInTheHeaderWithoutJavaScriptAndVisitorsSeeItOncePublished()
    {
        var (app, editor, path) = await OpenAsync();
        using var disposeApp = app;
        var visitor = app.CreateVisitor();
        Assert.Equal(["/ar/faq الأسئلة الشائعة"], HeaderLinks(await visitor.GetDocumentAsync("/ar/")));
        var form = await editor.GetDocumentAsync(path);

        var (added, withRow) = await editor.NavigationCommandAsync(form, "add:Header");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var (_, moved) = await editor.NavigationCommandAsync(withRow, "up:Header:1", new() { ["Input.Header[1].Page"] = "activate" });
        Assert.Equal("activate", moved.QuerySelector("#f-header-0-page option[selected]")!.GetAttribute("value"));
        Assert.Equal(["/ar/faq الأسئلة الشائعة"], HeaderLinks(await visitor.GetDocumentAsync("/ar/")));
        var (published, after) = await editor.NavigationCommandAsync(moved, "publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(path, published.Location());
        Assert.Equal([$"/ar/activate {Guide}", "/ar/faq الأسئلة الشائعة"], HeaderLinks(await visitor.GetDocumentAsync("/ar/faq")));
        Assert.Equal(["/en/faq FAQ"], HeaderLinks(await visitor.GetDocumentAsync("/en/")));
        var stored = await app.StoredPageAsync(int.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("  - page: activate\n", stored.PublishedRevision!.Content.Body, StringComparison.Ordinal);
        Assert.Equal(2, stored.PublishedRevision.Number);
        Assert.NotNull(after.QuerySelector("#navigation-form"));
    }

    public static TheoryData<string, ProblemCode> BadLinks => new()
    {
        { "http://moutamadris.men.gov.ma", ProblemCode.NavigationLinkNotHttps },
        { "https://moutamadris-men-gov.ma/login", ProblemCode.NavigationLinkNotOfficial },
        { "https://massar.example.com", ProblemCode.NavigationLinkNotOfficial },
    };

    [Theory]
    [MemberData(nameof(BadLinks))]
    public async Task ALinkOffTheOfficialHttpsSitesIsRefusedUnderItsFieldAndNothingIsStored(string link, ProblemCode code)
    {
        var (app, editor, path) = await OpenAsync("en");
        using var disposeApp = app;
        editor.InEnglish();
        var form = await editor.GetDocumentAsync(path);
        var before = (await app.StoredPageAsync(int.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture))).DraftVersion;

        var (response, page) = await editor.NavigationCommandAsync(form, "save", new() { ["Input.Footer[1].Link"] = link, ["Input.Footer[1].Label"] = "Portal" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var field = page.QuerySelector("#f-footer-1-link")!;
        Assert.Equal(link, field.GetAttribute("value"));
        Assert.Equal("Portal", page.QuerySelector("#f-footer-1-label")!.GetAttribute("value"));
        Assert.Contains(ProblemEnglish.Of(code).Replace("'{0}'", $"'{link}'", StringComparison.Ordinal),
            field.ParentElement!.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, (await app.StoredPageAsync(int.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture))).DraftVersion);
    }

    [Fact]
    public async Task AnEntryNamingNoPageAndNoLinkAndTheSamePageTwiceAreRefused()
    {
        var (app, editor, path) = await OpenAsync("en");
        using var disposeApp = app;
        editor.InEnglish();
        var form = await editor.GetDocumentAsync(path);
        var (_, withRows) = await editor.NavigationCommandAsync(form, "add:Header");
        (_, withRows) = await editor.NavigationCommandAsync(withRows, "add:Header");

        var (response, page) = await editor.NavigationCommandAsync(withRows, "save", new()
        {
            ["Input.Header[1].Page"] = "faq", ["Input.Header[2].Label"] = "Label without a page",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        // Its words are NavigationEntryMessageTests' (Manager/).
        Assert.NotNull(page.QuerySelector("#f-header-1-item .field-error"));
        Assert.Contains("either 'page: key' or 'link: address'", page.QuerySelector("#f-header-2-item .field-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHomePageListsGuidesInTheEditorsGroupsThenTheOthersInTheirOrder()
    {
        var (app, editor, path) = await OpenAsync("en");
        using var disposeApp = app;
        await app.PublishAsync("en", "grades", "Reading your grades", "How.", "grades");
        await app.PublishAsync("en", "nfc", "The NFC card", "How.", "nfc");
        var form = await editor.GetDocumentAsync(path);
        var (_, withGroup) = await editor.NavigationCommandAsync(form, "add:Groups");

        var (published, _) = await editor.NavigationCommandAsync(withGroup, "publish", new()
        {
            ["Input.Groups[0].Title"] = "Start here", ["Input.Groups[0].Pages"] = "nfc\nactivate",
        });

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var home = await app.CreateVisitor().GetDocumentAsync("/en/");
        var sections = home.QuerySelectorAll("section.guides").Select(s =>
            $"{s.QuerySelector("h2")!.TextContent}: {string.Join(", ", s.QuerySelectorAll("li a").Select(a => a.TextContent))}");
        Assert.Equal(["Start here: The NFC card, " + Guide, "Guides: Reading your grades"], sections);
    }

    [Fact]
    public async Task TheNavigationPageIsNoPageOfTheSite()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        using var direct = await visitor.GetAsync("/ar/_navigation");
        var sitemap = await visitor.GetStringAsync("/sitemap.xml");
        var pages = await visitor.GetStringAsync("/api/v1/ar/pages");
        var search = await visitor.GetStringAsync("/ar/search?q=" + Uri.EscapeDataString("header"));

        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        Assert.DoesNotContain("_navigation", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("navigation", pages, StringComparison.Ordinal);
        Assert.DoesNotContain("_navigation", search, StringComparison.Ordinal);
    }
}
