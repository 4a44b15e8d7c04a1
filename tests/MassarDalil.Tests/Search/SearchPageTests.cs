using System.Net;
using System.Text.Json;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Search;

public class SearchPageTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    [Theory]
    [InlineData("ar", "كلمة السر", "/ar/faq#forgot-password", "نتائج")]
    [InlineData("en", "passwords", "/en/faq#forgot-password", "results for “passwords”")]
    public async Task SearchPageListsMatchingQuestionsLinkingToTheirAnchor(string language, string query, string firstLink, string summary)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync($"/{language}/search?q={Uri.EscapeDataString(query)}");

        var links = page.QuerySelectorAll(".search-results .results li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(firstLink, links[0]);
        Assert.Contains(summary, page.QuerySelector(".search-status[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".results li > a mark"));
        Assert.Equal(query, page.QuerySelector("#search-page-q")!.GetAttribute("value"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task AFrenchSnippetKeepsTheNarrowNoBreakSpacesOfItsAnswer()
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync("/fr/search?q=mot%20de%20passe%20oubli%C3%A9");

        var snippets = page.QuerySelectorAll(".result-snippet").Select(p => p.TextContent).ToList();
        Assert.Contains(snippets, s => s.Contains("officielle\u202F: moutamadris.men.gov.ma", StringComparison.Ordinal));
        Assert.Contains(snippets, s => s.Contains("«\u202Fmot de passe oublié\u202F»", StringComparison.Ordinal));
        Assert.DoesNotContain(snippets, s => s.Contains(" :", StringComparison.Ordinal) || s.Contains("« ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ar", "")]
    [InlineData("en", "")]
    [InlineData("ar", "%3F%21%2A%26")]
    [InlineData("en", "%C2%AB%C2%BB%28%29")]
    public async Task EmptyOrSymbolOnlyQueriesGetAClearMessage(string language, string query)
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync($"/{language}/search?q={query}");
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(".search-status[role=status]")!.TextContent));
        Assert.Empty(page.QuerySelectorAll(".search-results .results li"));
    }

    [Fact]
    public async Task AQueryOf500CharactersGetsAMessageAboutItsLength()
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync($"/en/search?q={new string('x', 500)}");

        Assert.Contains($"at most {SearchQueryText.MaxLength} characters", page.QuerySelector(".search-status[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAQueryThePageShowsJustTheForm()
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync("/ar/search");

        Assert.Equal("", page.QuerySelector(".search-status[role=status]")!.TextContent.Trim());
        Assert.Equal("البحث", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ASearchThatFindsNothingIsCountedWithoutAnythingAboutTheVisitor()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        await visitor.GetDocumentAsync("/en/search?q=Zorglub%20%20Blork");
        await visitor.GetDocumentAsync("/en/search?q=zorglub+blork");
        await visitor.GetDocumentAsync("/ar/search?q=zorglub+blork");
        await visitor.GetDocumentAsync("/en/search?q=password");

        var rows = await app.WithDbAsync(db => db.UnansweredSearches.AsNoTracking().OrderBy(u => u.Language).ToListAsync());
        Assert.Equal([("ar", "zorglub blork", 1), ("en", "zorglub blork", 2)], rows.Select(r => (r.Language, r.Text, r.Count)));
        var columns = await app.WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(UnansweredSearch))!.GetProperties().Select(p => p.Name).Order().ToList()));
        Assert.Equal(["Count", "Day", "Id", "Language", "LastSeenAt", "Text"], columns);
    }

    [Fact]
    public async Task ASearchAtAnotherSpellingOfItsAddressIsSentOnBeforeItIsCounted()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        using var typed = await visitor.GetAsync("/EN/Search/?q=zorglub+blork");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/en/search?q=zorglub+blork"), (typed.StatusCode, typed.Location()));
        await visitor.GetDocumentAsync(typed.Location()!);

        var rows = await app.WithDbAsync(db => db.UnansweredSearches.AsNoTracking().ToListAsync());
        Assert.Equal([("en", "zorglub blork", 1)], rows.Select(r => (r.Language, r.Text, r.Count)));
    }

    [Fact]
    public async Task JsonSearchGivesResultsForTypingAndDoesNotCountMisses()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        using var found = JsonDocument.Parse(await visitor.GetStringAsync("/en/search.json?q=NFC"));
        using var missing = await visitor.GetAsync("/en/search.json?q=zorglub");

        var results = found.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        Assert.StartsWith("/en/faq#nfc-", results[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>NFC</mark>", results[0].GetProperty("titleHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal("Digital ID (NFC)", results[0].GetProperty("topic").GetString());
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.UnansweredSearches.CountAsync()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%25%25%25")]
    public async Task JsonSearchRefusesQueriesWithoutWordsWithAMessage(string query)
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync($"/ar/search.json?q={query}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("/ar/", "ابحث في الأسئلة", "/ar/search")]
    [InlineData("/en/faq", "Search the questions", "/en/search")]
    [InlineData("/en/faq/forgot-password", "Search the questions", "/en/search")]
    public async Task EveryPageHasALabelledSearchBoxInItsHeader(string path, string label, string action)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync(path);

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal(action, form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(label, form.QuerySelector("label[for=site-search-q]")!.TextContent);
        Assert.Equal("q", form.QuerySelector("input#site-search-q")!.GetAttribute("name"));
    }
}
