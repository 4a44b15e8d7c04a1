using System.Net;
using System.Text.Json;
using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.PublicSite;

public class FaqPageTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    public static TheoryData<string, string> Languages => new() { { "ar", "rtl" }, { "en", "ltr" }, { "fr", "ltr" } };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task FaqShowsEverySeedQuestionInSeedOrder(string language, string direction)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync($"/{language}/faq");

        var seed = SeedFolderReader.Read(TestPaths.Seed).Set!.Pages.Single(p => p.SiteKey == language && p.Type == "faq");
        var expected = seed.Content.AllQuestions.Select(q => q.Key).ToList();
        var shown = page.QuerySelectorAll("details.question").Select(d => d.Id ?? "").ToList();

        Assert.Equal(34, expected.Count);
        Assert.Equal(expected, shown);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, page.DocumentElement.GetAttribute("dir"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryTopicHasItsKeyAsIdAndAnEntryInTheIndex(string language, string direction)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync($"/{language}/faq");

        var topics = page.QuerySelectorAll("section.topic").Select(s => s.Id).ToList();
        var index = page.QuerySelectorAll(".topic-index a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["general", "login", "activation", "password-reset", "grades", "digital-id", "parent-space", "orientation"], topics);
        Assert.Equal(topics.Select(t => "#" + t), index);
        Assert.Equal(direction, page.DocumentElement.GetAttribute("dir"));
    }

    // The switch offers every other language, in the sites' order, each keeping the open question (data-keep-hash).
    [Theory]
    [InlineData("/ar/faq", "/en/faq /fr/faq")]
    [InlineData("/en/faq", "/ar/faq /fr/faq")]
    [InlineData("/fr/faq", "/ar/faq /en/faq")]
    [InlineData("/fr/faq/forgot-password", "/ar/faq/forgot-password /en/faq/forgot-password")]
    [InlineData("/fr/", "/ar/ /en/")]
    public async Task LanguageSwitchLeadsToTheSamePageInEachOtherLanguage(string path, string expected)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync(path);

        var links = page.QuerySelectorAll("a.language-switch");
        Assert.Equal(expected.Split(' '), links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("true", a.GetAttribute("data-keep-hash")));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task EachQuestionIsMarkedUpAsFaqPageOnceOnItsOwnPageAndNotOnTheFaq(string language)
    {
        var app = await site.AppAsync();
        var visitor = app.CreateVisitor();
        var faq = await visitor.GetDocumentAsync($"/{language}/faq");
        var keys = faq.QuerySelectorAll("details.question[id]").Select(q => q.Id!).ToList();

        Assert.Empty(faq.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal(34, keys.Count);
        foreach (var key in keys)
        {
            var page = await visitor.GetDocumentAsync($"/{language}/faq/{key}");
            using var json = JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent);
            Assert.Equal("FAQPage", json.RootElement.GetProperty("@type").GetString());
            var entity = Assert.Single(json.RootElement.GetProperty("mainEntity").EnumerateArray());
            Assert.Equal(page.QuerySelector("h1")!.TextContent, entity.GetProperty("name").GetString());
            Assert.False(string.IsNullOrWhiteSpace(entity.GetProperty("acceptedAnswer").GetProperty("text").GetString()));
        }
    }

    [Fact]
    public async Task LatinDomainsInsideArabicAnswersAreIsolated()
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync("/ar/faq");

        var link = page.QuerySelector("#official-login-link a[href='https://moutamadris.men.gov.ma']")!;
        Assert.Equal("BDI", link.FirstElementChild?.TagName);
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Fact]
    public async Task HomePageIntroducesTheSiteAndListsTheFaqTopics()
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync("/en/");

        Assert.Contains("independent", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(8, page.QuerySelectorAll(".topic-list a[href^='/en/faq#']").Length);
    }

    [Fact]
    public async Task EveryQuestionHasAPageOfItsOwn()
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync("/en/faq/forgot-username");

        Assert.Contains("username", page.QuerySelector("h1")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/ar/faq/forgot-username", page.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll(".related a"));
    }

    [Theory]
    [InlineData("/de/faq", "ar", "الصفحة غير موجودة")]
    [InlineData("/en/no-such-page", "en", "Page not found")]
    [InlineData("/ar/faq/no-such-question", "ar", "الصفحة غير موجودة")]
    [InlineData("/en/faq/no/such/path", "en", "Page not found")]
    public async Task UnknownAddressesGiveAHelpful404InTheRightLanguage(string path, string language, string heading)
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync(path);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task HealthEndpointAnswers()
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
