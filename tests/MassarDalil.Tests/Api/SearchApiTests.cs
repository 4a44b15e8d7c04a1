using System.Net;
using System.Text.Json;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Api;

public class SearchApiTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    [Theory]
    [InlineData("en", "NFC", "/en/faq/nfc-")]
    [InlineData("ar", "NFC", "/ar/faq/nfc-")]
    [InlineData("ar", "كلمة السر", "/ar/faq/")]
    [InlineData("fr", "mot de passe oublie", "/fr/faq/forgot-password")]
    [InlineData("fr", "l'orientation", "/fr/faq/orientation-section-missing")]
    public async Task SearchFindsPublishedQuestionsWithTheMatchMarked(string lang, string query, string urlStart)
    {
        var app = await site.AppAsync();
        using var json = await app.CreateVisitor().GetJsonAsync($"/api/v1/{lang}/search?q={Uri.EscapeDataString(query)}");

        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.StartsWith(urlStart, results[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("question", results[0].GetProperty("kind").GetString());
        Assert.Contains(results, r => r.GetProperty("titleHtml").GetString()!.Contains("<mark>", StringComparison.Ordinal)
            || r.GetProperty("snippetHtml").GetString()!.Contains("<mark>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "password")]
    [InlineData("ar", "كلمة السر")]
    [InlineData("fr", "mot de passe oublie")]
    public async Task EveryQuestionFoundLinksToThatQuestionsOwnPage(string lang, string query)
    {
        var app = await site.AppAsync();
        using var visitor = app.CreateVisitor();
        using var json = await visitor.GetJsonAsync($"/api/v1/{lang}/search?q={Uri.EscapeDataString(query)}");

        var questions = json.RootElement.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "question").ToList();
        Assert.NotEmpty(questions);
        foreach (var question in questions)
        {
            var url = question.GetProperty("url").GetString()!;
            Assert.Equal($"/{lang}/faq/{question.GetProperty("key").GetString()}", url);
            using var page = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(question.GetProperty("title").GetString()!, WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "holidays massar", true)]
    [InlineData("ar", "العطلة المدرسية مسار", true)]
    [InlineData("en", "forgot my password", false)]
    public async Task TheResultsSayWhetherTheyAreOnlyTheClosestAnswers(string lang, string query, bool closest)
    {
        var app = await site.AppAsync();
        using var json = await app.CreateVisitor().GetJsonAsync($"/api/v1/{lang}/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(closest, json.RootElement.GetProperty("closest").GetBoolean());
        Assert.NotEmpty(json.RootElement.GetProperty("results").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v1/en/search?q=", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/en/search?q=%21%21%3F%3F", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/de/search?q=password", HttpStatusCode.NotFound)]
    public async Task ABadQueryOrAnUnknownSiteIsAProblemNotAnError(string path, HttpStatusCode status)
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task ALongQueryIsRefusedWithAClearProblem()
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync($"/api/v1/en/search?q={new string('a', 500)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("longer than", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Empty", "Give the words to look for in q")]
    [InlineData("%21%21%3F%3F", "NoWords", "The query has no letters or digits")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "TooLong", "The query is longer than")]
    public async Task ARefusedQuerySaysWhyInEnglishAndGivesItsCode(string query, string code, string detail)
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync($"/api/v1/en/search?q={query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.StartsWith(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
