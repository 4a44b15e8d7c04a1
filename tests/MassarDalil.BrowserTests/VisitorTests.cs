using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

public class VisitorTests
{
    [SkippableFact]
    public async Task OpeningAQuestionLinkExpandsThatQuestionAndScrollsToIt()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await page.GotoAsync("/ar/faq#forgot-password");

        var question = page.Locator("details#forgot-password");
        await Assertions.Expect(question).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(question.Locator(".answer")).ToBeVisibleAsync();
        await Assertions.Expect(question.Locator("summary")).ToBeFocusedAsync();
        await Assertions.Expect(question).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("details#free-to-use .answer")).ToBeHiddenAsync();
        var top = await question.EvaluateAsync<double>("q => q.getBoundingClientRect().top");
        Assert.InRange(top, 0, 100);
    }

    [SkippableFact]
    public async Task SwitchingLanguageKeepsTheOpenQuestion()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/ar/faq#forgot-password");

        await page.Locator("a.language-switch[hreflang=en]").ClickAsync();

        await page.ReachedAsync($"{session.Site.BaseUrl}/en/faq#forgot-password");
        var question = page.Locator("details#forgot-password");
        await Assertions.Expect(question).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(question).ToBeInViewportAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [SkippableTheory]
    [InlineData("ar", "en")]
    [InlineData("en", "ar")]
    public async Task AQuestionOpenedByTappingIsKeptInTheAddressWithoutANewHistoryEntry(string language, string other)
    {
        await using var session = await BrowserSession.StartAsync(configure: o => { o.HasTouch = true; o.IsMobile = true; });
        var page = session.Page;
        await page.GotoAsync($"/{language}/faq");
        var entries = await page.EvaluateAsync<int>("() => history.length");

        await page.Locator("details#reset-link-expired > summary").TapAsync();
        await page.ReachedAsync($"{session.Site.BaseUrl}/{language}/faq#reset-link-expired");
        await page.Locator("details#forgot-password > summary").TapAsync();
        await page.ReachedAsync($"{session.Site.BaseUrl}/{language}/faq#forgot-password");
        Assert.Equal(entries, await page.EvaluateAsync<int>("() => history.length"));

        // Closing the question in the address takes it away; closing another one leaves the address alone.
        await page.Locator("details#reset-link-expired > summary").TapAsync();
        Assert.EndsWith("#forgot-password", page.Url, StringComparison.Ordinal);
        await page.Locator("details#forgot-password > summary").TapAsync();
        await page.ReachedAsync($"{session.Site.BaseUrl}/{language}/faq");

        // Opened again, the language switch takes it along. The address is checked first, so that a failure tells a
        // tap that did not open the question from a switch that did not carry it.
        await page.Locator("details#forgot-password > summary").TapAsync();
        await page.ReachedAsync($"{session.Site.BaseUrl}/{language}/faq#forgot-password");
        await page.Locator($"a.language-switch[hreflang={other}]").TapAsync();
        await page.ReachedAsync($"{session.Site.BaseUrl}/{other}/faq#forgot-password");
        await Assertions.Expect(page.Locator("details#forgot-password")).ToHaveAttributeAsync("open", "");
    }

    [SkippableTheory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task EveryLinkToAQuestionIsATapTargetOfAtLeast44Pixels(string language)
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync($"/{language}/faq");
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        var heights = await page.Locator(".question-tools a").EvaluateAllAsync<double[]>("links => links.map(a => a.getBoundingClientRect().height)");

        Assert.Equal(34, heights.Length);
        Assert.All(heights, height => Assert.True(height >= 44, $"{height}px high"));
    }

    [SkippableTheory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task ShareCopiesTheQuestionsLinkInThisLanguageWhenTheBrowserCannotShare(string language)
    {
        await using var session = await BrowserSession.StartAsync(configure: o => o.Permissions = ["clipboard-read", "clipboard-write"]);
        var page = session.Page;
        // Desktop Chromium on Linux has no share sheet; make sure of it, so the copy fallback is what runs.
        await page.AddInitScriptAsync("delete Navigator.prototype.share");
        await page.GotoAsync($"/{language}/faq#forgot-password");

        var button = page.Locator("details#forgot-password button.share");
        await button.ClickAsync();

        await Assertions.Expect(button).ToHaveAttributeAsync("data-state", "copied");
        await Assertions.Expect(page.Locator("[data-share-status]")).ToHaveTextAsync(await button.GetAttributeAsync("data-copied") ?? "");
        Assert.Equal($"{session.Site.BaseUrl}/{language}/faq#forgot-password", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [SkippableFact]
    public async Task WithoutJavaScriptEveryAnswerStillOpensAndTheArabicPhonePageDoesNotScrollSideways()
    {
        await using var session = await BrowserSession.StartAsync(configure: o => o.JavaScriptEnabled = false);
        var page = session.Page;
        await page.GotoAsync("/ar/faq");

        var questions = page.Locator("details.question");
        Assert.Equal(34, await questions.CountAsync());
        for (var i = 0; i < 34; i++)
        {
            var question = questions.Nth(i);
            await question.Locator("summary").ClickAsync();
            await Assertions.Expect(question.Locator(".answer")).ToBeVisibleAsync();
        }
        // Sharing needs JavaScript: without it the button stays out of the way.
        await Assertions.Expect(page.Locator("button.share").First).ToBeHiddenAsync();

        foreach (var path in new[] { "/ar/", "/ar/faq", "/ar/faq/nfc-who-can-use", "/ar/no-such-page" })
        {
            await page.GotoAsync(path);
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            var (scrollWidth, innerWidth) = await PageWidth.MeasureAsync(page);
            Assert.True(scrollWidth <= innerWidth, $"{path} is {scrollWidth}px wide in a {innerWidth}px window");
        }
    }

    [SkippableFact]
    public async Task PrintingShowsEveryAnswer()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/en/faq");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // The print dialog is where browsers fire beforeprint; send it by hand, as Playwright cannot open one.
        await page.EvaluateAsync("() => dispatchEvent(new Event('beforeprint'))");
        Assert.Equal(34, await page.Locator("details.question[open]").CountAsync());
        await page.EvaluateAsync("() => dispatchEvent(new Event('afterprint'))");
        Assert.Equal(0, await page.Locator("details.question[open]").CountAsync());

        // Without the script, the print stylesheet shows the closed answers anyway.
        await Assertions.Expect(page.Locator("details#free-to-use .answer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-footer .trust")).ToBeVisibleAsync();
    }

    [SkippableTheory]
    [InlineData("/ar/faq")]
    [InlineData("/ar/faq/forgot-password")]
    public async Task NothingMovesOnceThePageHasLoaded(string path)
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var shift = await page.EvaluateAsync<double>("""
            () => new Promise(resolve => {
                let total = 0;
                new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
                    .observe({ type: "layout-shift", buffered: true });
                setTimeout(() => resolve(total), 500);
            })
            """);

        Assert.Equal(0, shift, 3);
    }
}
