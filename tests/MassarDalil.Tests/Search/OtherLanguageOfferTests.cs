using System.Net.Http.Json;
using System.Text.Json;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Search;

/// <summary>A query this language does not answer but another site does is offered that site's answers, in its language.</summary>
public class OtherLanguageOfferTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    [Theory]
    [InlineData("en", "التسجيل", "ar", "rtl", "This question has an answer in another language (العربية):")]
    [InlineData("ar", "relevé de notes", "fr", "ltr", "لهذا السؤال جواب بلغة أخرى (Français):")]
    public async Task TheSearchPageAndTheBoxOfferTheOtherLanguagesAnswers(string language, string query, string other, string dir, string lead)
    {
        var app = await site.AppAsync();

        var (page, json) = await SearchAsync(app.CreateVisitor(), language, query);

        var offer = Assert.Single(page.QuerySelectorAll(".other-language"));
        Assert.Equal(lead, offer.QuerySelector("p")!.TextContent);
        var links = offer.QuerySelectorAll("a");
        Assert.NotEmpty(links);
        Assert.All(links, a =>
        {
            Assert.StartsWith($"/{other}/faq#", a.GetAttribute("href"), StringComparison.Ordinal);
            Assert.Equal((other, other, dir), (a.GetAttribute("lang"), a.GetAttribute("hreflang"), a.GetAttribute("dir")));
            Assert.False(string.IsNullOrWhiteSpace(a.TextContent));
        });
        Assert.False(json.GetProperty("answered").GetBoolean());
        var offered = Assert.Single(json.GetProperty("otherLanguages").EnumerateArray().ToList());
        Assert.Equal((other, dir, lead), (offered.GetProperty("language").GetString(), offered.GetProperty("dir").GetString(), offered.GetProperty("text").GetString()));
        Assert.Equal(links.Select(a => a.GetAttribute("href")), offered.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()));
    }

    [Theory]
    [InlineData("en", "forgot my password")]
    [InlineData("ar", "نسيت كلمة المرور")]
    public async Task AnAnsweredQueryOffersNoOtherLanguage(string language, string query)
    {
        var app = await site.AppAsync();

        var (page, json) = await SearchAsync(app.CreateVisitor(), language, query);

        Assert.Empty(page.QuerySelectorAll(".other-language"));
        Assert.True(json.GetProperty("answered").GetBoolean());
        Assert.Empty(json.GetProperty("otherLanguages").EnumerateArray());
    }

    /// <summary>The search page and the box's JSON for the same query.</summary>
    private static async Task<(AngleSharp.Dom.IDocument Page, JsonElement Json)> SearchAsync(HttpClient visitor, string language, string query)
    {
        var q = Uri.EscapeDataString(query);
        var page = await visitor.GetDocumentAsync($"/{language}/search?q={q}");
        using var live = await visitor.GetAsync($"/{language}/search.json?q={q}");
        return (page, await live.Content.ReadFromJsonAsync<JsonElement>());
    }
}
