using System.Net.Http.Json;
using System.Text.Json;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Search;

/// <summary>
/// Most of a query's words must be found together; when no answer has them, the closest answers are shown as such,
/// and the search counts for the editors as one that found nothing.
/// </summary>
public class SearchFallbackTests
{
    [Theory]
    [InlineData("ar", "العطلة مسار", "لا توجد نتيجة مطابقة تمامًا")]
    [InlineData("ar", "العطلة المدرسية مسار", "لا توجد نتيجة مطابقة تمامًا")]
    [InlineData("en", "holidays massar", "No exact match")]
    [InlineData("en", "summer holidays grades", "No exact match")]
    public async Task AQueryWhoseWordsNoAnswerHasTogetherShowsTheClosestAnswersAsSuchAndIsCountedAsUnanswered(string language, string query, string label)
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        var page = await Html.ParseAsync(await visitor.GetStringAsync($"/{language}/search?q={Uri.EscapeDataString(query)}"));

        Assert.StartsWith(label, page.QuerySelector("#search-results [data-status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("#search-results [data-list] li"));
        Assert.NotNull(page.QuerySelector($".no-results a[href='/{language}/faq']"));
        var counted = await app.WithDbAsync(db => db.UnansweredSearches.AsNoTracking().Select(u => u.Text).ToListAsync());
        Assert.Equal([SearchQueryText.Normalize(query)], counted);

        using var live = await visitor.GetAsync($"/{language}/search.json?q={Uri.EscapeDataString(query)}");
        var json = await live.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(json.GetProperty("closest").GetBoolean());
        Assert.StartsWith(label, json.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "نسيت كلمة المرور")]
    [InlineData("ar", "النقاط ديالي")]
    [InlineData("en", "forgot my password")]
    public async Task AQueryWhoseWordsAnAnswerHasIsAnExactMatchAndIsNotCounted(string language, string query)
    {
        using var app = new MassarApp();

        var page = await Html.ParseAsync(await app.CreateVisitor().GetStringAsync($"/{language}/search?q={Uri.EscapeDataString(query)}"));

        Assert.Null(page.QuerySelector(".search-closest"));
        Assert.Null(page.QuerySelector(".no-results"));
        Assert.NotEmpty(page.QuerySelectorAll("#search-results [data-list] li"));
        Assert.Equal(0, await app.WithDbAsync(db => db.UnansweredSearches.CountAsync()));
    }
}
