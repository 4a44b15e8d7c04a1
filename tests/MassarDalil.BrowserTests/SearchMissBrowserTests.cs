using MassarDalil.BrowserTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

/// <summary>The header box when this language has no answer: it says so, links to the topics, and offers another language's answer.</summary>
public class SearchMissBrowserTests
{
    [SkippableFact]
    public async Task AQueryThatFindsNothingSaysSoLinksToTheTopicsAndIsCountedOnceTypingStops()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/en/faq");

        // Answered once the count is written.
        var counted = page.WaitForResponseAsync(r => r.Url.EndsWith("/en/search/settled-miss", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.Locator("#site-search-q").PressSequentiallyAsync("zorglub");

        var note = page.Locator("#site-search-results .no-results-note");
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note).ToContainTextAsync("No results for “zorglub”.");
        await Assertions.Expect(note.Locator("a")).ToHaveAttributeAsync("href", "/en/faq");
        await Assertions.Expect(note.Locator("a")).ToHaveTextAsync("Browse the FAQ");
        await Axe.AssertNoViolationsAsync(page);
        var response = await counted;
        Assert.Equal(204, response.Status);
        Assert.Equal("q=zorglub", response.Request.PostData);
        Assert.Equal(["zorglub"], await session.Site.App.WithDbAsync(db => db.UnansweredSearches.Select(u => u.Text).ToListAsync()));
    }

    [SkippableFact]
    public async Task AnArabicQueryTheEnglishSiteCannotAnswerOffersTheArabicQuestion()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/en/faq");

        await page.Locator("#site-search-q").PressSequentiallyAsync("التسجيل");

        var offer = page.Locator("#site-search-results .other-language");
        await Assertions.Expect(offer).ToBeVisibleAsync();
        await Assertions.Expect(offer.Locator("p")).ToHaveTextAsync("This question has an answer in another language (العربية):");
        var link = offer.Locator("a").First;
        await Assertions.Expect(link).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(link).ToHaveAttributeAsync("dir", "rtl");
        await Screens.SaveAsync(page, "search-other-language-en", fullPage: false);
        await Axe.AssertNoViolationsAsync(page);

        var href = await link.GetAttributeAsync("href");
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(session.Site.BaseUrl + href);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
    }
}
