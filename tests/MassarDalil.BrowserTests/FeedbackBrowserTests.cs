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
        await Axe.ScreenshotAsync(page, "feedback-why-en");
        await Axe.AssertNoViolationsAsync(page);

        await outdated.CheckAsync();
        await box.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Assertions.Expect(box.Locator(".feedback-thanks")).ToHaveTextAsync("Thank you for your feedback.");
        await Assertions.Expect(box.Locator("[role=status]")).ToHaveTextAsync("Thank you for your feedback.");
        Assert.True(await page.EvaluateAsync<bool>("window.stillTheSamePage === true"));
        await Axe.AssertNoViolationsAsync(page);
    }

    [SkippableFact]
    public async Task AYesOnTheArabicQuestionPageThanksInPlace()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/ar/faq/forgot-password");

        await page.Locator("#feedback-forgot-password").GetByRole(AriaRole.Button, new() { Name = "نعم" }).ClickAsync();

        await Assertions.Expect(page.Locator("#feedback-forgot-password .feedback-thanks")).ToHaveTextAsync("شكرًا لك على رأيك.");
        await Axe.ScreenshotAsync(page, "feedback-thanks-ar");
    }
}
