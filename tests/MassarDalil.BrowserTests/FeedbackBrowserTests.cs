using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

public class FeedbackBrowserTests
{
    [SkippableFact]
    public async Task ANoAsksWhyAndThenThanksWithoutReloadingThePage()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/en/faq#pass-mark");
        await page.EvaluateAsync("window.stillTheSamePage = true");
        var box = page.Locator("#feedback-pass-mark");

        await box.GetByRole(AriaRole.Button, new() { Name = "No" }).ClickAsync();

        var outdated = box.GetByLabel("The information is out of date");
        await Assertions.Expect(outdated).ToBeVisibleAsync();
        await Assertions.Expect(box.Locator("input[type=radio]").First).ToBeFocusedAsync();
        await Screens.SaveAsync(page, "feedback-why-en", fullPage: false);
        await Axe.AssertNoViolationsAsync(page);

        await outdated.CheckAsync();
        await box.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        // Said once, by the live region (so screen readers hear it), not a second time beside it.
        await Assertions.Expect(box.Locator("[role=status]")).ToHaveTextAsync("Thank you for your feedback.");
        await Assertions.Expect(box.GetByText("Thank you for your feedback.")).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<bool>("window.stillTheSamePage === true"));
        await Axe.AssertNoViolationsAsync(page);
    }

    [SkippableTheory]
    [InlineData("/en/faq")]
    [InlineData("/ar/faq/forgot-password")]
    public async Task APrintedPageLeavesOutTheFeedbackQuestions(string path)
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync(path);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.EvaluateAsync("() => dispatchEvent(new Event('beforeprint'))");

        // Every answer is open for the printout; its "Was this helpful?" buttons are not printed.
        Assert.True(await page.Locator("details.question[open] .feedback-box, .single-question .feedback-box").CountAsync() > 0);
        await Assertions.Expect(page.Locator(".feedback-box:visible")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".feedback button:visible")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task AYesOnTheArabicQuestionPageThanksInPlace()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/ar/faq/forgot-password");

        await page.Locator("#feedback-forgot-password").GetByRole(AriaRole.Button, new() { Name = "نعم" }).ClickAsync();

        await Assertions.Expect(page.Locator("#feedback-forgot-password .feedback-thanks")).ToHaveTextAsync("شكرًا لك على رأيك.");
        await Assertions.Expect(page.Locator("#feedback-forgot-password").GetByText("شكرًا لك على رأيك.")).ToHaveCountAsync(1);
        await Screens.SaveAsync(page, "feedback-thanks-ar", fullPage: false);
    }
}
