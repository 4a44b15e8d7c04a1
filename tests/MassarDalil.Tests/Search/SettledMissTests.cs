using System.Net;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Search;

/// <summary>
/// The header box reports the query it settled on when it found nothing: counted for the editors under the same
/// privacy rule and budget as the search page, and only when the search really finds nothing here.
/// </summary>
public class SettledMissTests
{
    [Theory]
    [InlineData("en", "zorglub")]
    [InlineData("en", "holidays massar")] // only the closest answers
    [InlineData("ar", "امتحانات الباكالوريا")]
    public async Task ASettledQueryThatFoundNothingIsCounted(string language, string query)
    {
        using var app = new MassarApp();

        using var response = await app.CreateVisitor().PostSettledMissAsync(language, query);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([SearchQueryText.Normalize(query)], await app.StoredMissesAsync());
    }

    [Fact]
    public async Task AQueryThatFoldingMakesLongerThanItsColumnIsCutBetweenWholeLetters()
    {
        // 191 units as typed, within the limit; NFC spells each Hebrew shin with dagesh and shin dot out in three,
        // so the folded query has 201, and the q with its accent sits across the column's 200th unit.
        const string shin = "\uFB2C", shinFolded = "\u05E9\u05BC\u05C1";
        var words = string.Concat(Enumerable.Repeat("zorglub ", 30))[..183];
        var query = string.Concat(Enumerable.Repeat(shin, 5)) + " " + words + "q\u0301";
        using var app = new MassarApp();

        using var response = await app.CreateVisitor().PostSettledMissAsync("en", query);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var stored = Assert.Single(await app.StoredMissesAsync());
        Assert.Equal(string.Concat(Enumerable.Repeat(shinFolded, 5)) + " " + words, stored);
        WellFormedText.Assert(stored);
    }

    [Theory]
    [InlineData("G123456789")]
    [InlineData("MyPass!23word")]
    [InlineData("someone@example.com")]
    [InlineData("06 12 34 56 78")]
    [InlineData("ج١٣٥٧٩٢٤٦٨")]
    [InlineData("user_name")]
    public async Task ACodePasswordEmailOrPhoneIsNeverStored(string secret)
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        using var english = await visitor.PostSettledMissAsync("en", secret);
        using var arabic = await visitor.PostSettledMissAsync("ar", secret);

        Assert.Equal(HttpStatusCode.NoContent, english.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, arabic.StatusCode);
        Assert.Empty(await app.StoredMissesAsync());
    }

    [Fact]
    public async Task AQueryThatFindsAnswersIsNotCountedWhateverTheBoxSays()
    {
        using var app = new MassarApp();

        using var response = await app.CreateVisitor().PostSettledMissAsync("en", "forgot my password");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await app.StoredMissesAsync());
    }

    [Fact]
    public async Task APostFromAnotherSiteIsRefusedAndNothingIsStored()
    {
        using var app = new MassarApp();

        using var response = await app.CreateVisitor().PostSettledMissAsync("en", "zorglub", fetchSite: "cross-site");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await app.StoredMissesAsync());
    }

    [Fact]
    public async Task TheBoxAndTheSearchPageShareOneBudgetPerAddress()
    {
        // A fixed clock: the limit is per clock minute, and three requests on the real clock could straddle one.
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 9, 15, 10, TimeSpan.Zero));
        using var app = new MassarApp(new() { ["UnansweredSearches:PerAddressPerMinute"] = "2" }, services: s => s.AddSingleton<TimeProvider>(clock));
        var visitor = app.CreateVisitor();

        await visitor.GetDocumentAsync("/en/search?q=zorglub");
        (await visitor.PostSettledMissAsync("en", "blork")).Dispose();
        using var third = await visitor.PostSettledMissAsync("en", "frobnitz");

        Assert.Equal(HttpStatusCode.NoContent, third.StatusCode);
        Assert.Equal(["blork", "zorglub"], (await app.StoredMissesAsync()).Order().ToList());
    }

    [Fact]
    public async Task PressingEnterOnAQueryTheBoxCountedDoesNotCountItTwice()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        (await visitor.PostSettledMissAsync("en", "zorglub")).Dispose();
        await visitor.GetDocumentAsync("/en/search?q=zorglub");
        await visitor.GetDocumentAsync("/ar/search?q=zorglub");

        var counts = await app.WithDbAsync(db => db.UnansweredSearches.AsNoTracking()
            .OrderBy(u => u.Language).Select(u => new { u.Language, u.Text, u.Count }).ToListAsync());
        Assert.Equal([new { Language = "ar", Text = "zorglub", Count = 1 }, new { Language = "en", Text = "zorglub", Count = 1 }], counts);
    }

    [Fact]
    public async Task TheSearchPageAloneStillCountsEachSearch()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        await visitor.GetDocumentAsync("/en/search?q=zorglub");
        await visitor.GetDocumentAsync("/en/search?q=zorglub");

        Assert.Equal(2, await app.WithDbAsync(db => db.UnansweredSearches.AsNoTracking().Select(u => u.Count).SingleAsync()));
    }
}
