using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

public class VisitorTests
{
    [SkippableFact]
    public async Task OpeningAQuestionLinkExpandsThatQuestion()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await page.GotoAsync("/ar/faq#forgot-password");

        var question = page.Locator("details#forgot-password");
        await Assertions.Expect(question).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(question.Locator(".answer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("details#free-to-use .answer")).ToBeHiddenAsync();
    }
}
