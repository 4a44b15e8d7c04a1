using System.Net;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.SiteTexts;

/// <summary>Every word of the public site comes from the seed's texts.yml, through the published snapshot.</summary>
public class SiteTextsSeedTests
{
    [Fact]
    public async Task AFreshSiteShowsTheWordsOfItsTextsYml()
    {
        using var database = new TestDatabase();
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("ar/texts.yml", "feedback.question: \"هل كانت هذه الإجابة مفيدة؟\"", "feedback.question: \"هل وجدت ما تبحث عنه؟\"");
        seed.Replace("en/texts.yml", "site.name: \"Massar Dalil\"", "site.name: \"Massar Guide\"");
        seed.Replace("en/texts.yml", "notice.no-password: \"We never ask for, store or pass on your username or password.\"", "notice.no-password: \"No one here will ask for your password.\"");
        seed.Replace("en/texts.yml", "results.browse-faq: \"Browse the FAQ\"", "results.browse-faq: \"See every question\"");
        using var app = new MassarApp(new() { ["Content:SeedPath"] = seed.Path }, database.Path);
        var visitor = app.CreateVisitor();

        var faq = await Html.ParseAsync(await visitor.GetStringAsync("/ar/faq"));
        var home = await Html.ParseAsync(await visitor.GetStringAsync("/en/"));
        var search = await Html.ParseAsync(await visitor.GetStringAsync("/en/search?q=zzzzqqq"));

        Assert.Equal("هل وجدت ما تبحث عنه؟", faq.QuerySelector(".feedback legend")!.TextContent);
        Assert.Equal("Massar Guide", home.QuerySelector(".site-name")!.TextContent);
        Assert.Equal("Massar Guide", home.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"));
        Assert.Contains("No one here will ask for your password.", home.QuerySelector(".site-header .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("See every question", search.QuerySelector(".no-results a")!.TextContent);
    }

    [Fact]
    public async Task AKeyMissingInEnglishShowsTheArabicTextAndTheDashboardListsTheGap()
    {
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/texts.yml", "feedback.question: \"Was this answer helpful?\"\n", "");
        using var app = ManagerAccess.NewApp(new() { ["Content:SeedPath"] = seed.Path });

        var faq = await Html.ParseAsync(await app.CreateVisitor().GetStringAsync("/en/faq"));
        var dashboard = await (await app.SignedInAsync()).InEnglish().GetDocumentAsync("/manager");

        var legend = faq.QuerySelector(".feedback legend")!;
        Assert.Equal("هل كانت هذه الإجابة مفيدة؟", legend.TextContent);
        var gap = dashboard.QuerySelector("#texts-gap-en")!;
        Assert.Contains("1 texts not translated yet", gap.TextContent, StringComparison.Ordinal);
        Assert.Contains("feedback.question", gap.TextContent, StringComparison.Ordinal);
        Assert.Null(dashboard.QuerySelector("#texts-gap-ar"));
        Assert.Equal($"/manager/texts/{await app.PageIdAsync("en", PageType.Texts)}", dashboard.QuerySelector("#site-en ~ .site-texts a")?.GetAttribute("href")
            ?? dashboard.QuerySelectorAll(".site-texts a").Select(a => a.GetAttribute("href")).Last());
    }

    [Fact]
    public async Task TheTextsPageIsNoPageOfTheSite()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        using var direct = await visitor.GetAsync("/ar/_texts");
        var sitemap = await visitor.GetStringAsync("/sitemap.xml");
        var pages = await visitor.GetStringAsync("/api/v1/en/pages");

        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        Assert.DoesNotContain("_texts", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("_texts", pages, StringComparison.Ordinal);
    }
}
