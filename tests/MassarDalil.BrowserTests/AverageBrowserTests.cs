using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

public class AverageBrowserTests
{
    [SkippableFact]
    public async Task TypingGradesShowsTheAverageAtOnce()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/en/tools/average");

        await page.Locator("#row-0-grade").FillAsync("15");
        await page.Locator("#row-0-coefficient").FillAsync("3");
        await page.Locator("#row-1-grade").FillAsync("10");
        await page.Locator("#row-1-coefficient").FillAsync("2");

        await Assertions.Expect(page.Locator(".average-value")).ToHaveTextAsync("Your average: 13.00 / 20");
        await Assertions.Expect(page.Locator("[data-result]")).ToContainTextAsync("That is 10 out of 20 or more.");
        await Screens.SaveAsync(page, "average-result-en", fullPage: false);
        await Axe.AssertNoViolationsAsync(page);

        // 9.995 is cut to 9.99: rounded up, it would show 10.00 beside "below 10".
        await page.Locator("#row-0-grade").FillAsync("9.99");
        await page.Locator("#row-0-coefficient").FillAsync("1");
        await page.Locator("#row-1-coefficient").FillAsync("1");
        await Assertions.Expect(page.Locator(".average-value")).ToHaveTextAsync("Your average: 9.99 / 20");
        await Assertions.Expect(page.Locator("[data-result]")).ToContainTextAsync("That is below 10 out of 20.");
    }

    [SkippableFact]
    public async Task ArabicDigitsAndTheDecimalCommaWork()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/ar/tools/average");

        await page.Locator("#row-0-grade").FillAsync("١٤٫٥");
        await page.Locator("#row-0-coefficient").FillAsync("2");
        await page.Locator("#row-1-grade").FillAsync("9,5");

        await Assertions.Expect(page.Locator(".average-value")).ToHaveTextAsync("معدلك: 12,83 / 20");
        await Screens.SaveAsync(page, "average-result-ar", fullPage: false);
        await Axe.AssertNoViolationsAsync(page);
    }

    [SkippableFact]
    public async Task FrenchShowsTheAverageAfterANarrowNoBreakSpaceAndItsColon()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/fr/tools/average");

        await page.Locator("#row-0-grade").FillAsync("14,5");
        await page.Locator("#row-0-coefficient").FillAsync("2");
        await page.Locator("#row-1-grade").FillAsync("10");

        await Assertions.Expect(page.Locator(".average-value strong")).ToHaveTextAsync("13,00");
        // Read exactly: Playwright's own text comparison folds every kind of space into one.
        Assert.Equal("Votre moyenne\u202F: 13,00 / 20", await page.Locator(".average-value").TextContentAsync());
    }

    [SkippableTheory]
    [InlineData("14،5", "9,5")]   // the Arabic comma an Arabic keyboard offers
    [InlineData("١٤،٥", "٩،٥")]
    [InlineData("١٤٫٥", "٩٫٥")]
    public async Task TheArabicCommaWorksAsADecimalSeparatorToo(string grade, string other)
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/ar/tools/average");

        await page.Locator("#row-0-grade").FillAsync(grade);
        await page.Locator("#row-0-coefficient").FillAsync("2");
        await page.Locator("#row-1-grade").FillAsync(other);

        await Assertions.Expect(page.Locator(".average-value")).ToHaveTextAsync("معدلك: 12,83 / 20");
        await Assertions.Expect(page.Locator("#row-0-grade-error")).ToBeEmptyAsync();
    }

    [SkippableFact]
    public async Task NumbersAreTypedLeftToRightInTheArabicForm()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/ar/tools/average");
        await page.GetByRole(AriaRole.Button, new() { Name = "إضافة مادة" }).ClickAsync();

        await page.Locator("#row-0-grade").PressSequentiallyAsync("-2");

        // A right-to-left field shows "-2" as "2-"; the number fields, added rows too, run left to right.
        foreach (var id in new[] { "#row-0-grade", "#row-0-coefficient", "#row-3-grade", "#row-3-coefficient" })
        {
            Assert.Equal("ltr", await page.Locator(id).EvaluateAsync<string>("input => getComputedStyle(input).direction"));
        }
        Assert.Equal("rtl", await page.Locator("#row-0-subject").EvaluateAsync<string>("input => getComputedStyle(input).direction"));
        await Assertions.Expect(page.Locator("#row-0-grade-error")).ToHaveTextAsync("يجب أن تكون النقطة بين 0 و20.");
    }

    [SkippableFact]
    public async Task WrongValuesGetTheirMessageAndCalculateFocusesTheFirst()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/en/tools/average");

        await page.Locator("#row-0-grade").FillAsync("25");
        await Assertions.Expect(page.Locator("#row-0-grade-error")).ToHaveTextAsync("The grade must be between 0 and 20.");
        await page.Locator("#row-0-grade").FillAsync("12");
        await page.Locator("#row-1-subject").FillAsync("Physics");
        await page.Locator("#row-1-coefficient").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Calculate" }).ClickAsync();

        await Assertions.Expect(page.Locator("#row-1-grade-error")).ToHaveTextAsync("Enter the grade.");
        await Assertions.Expect(page.Locator("#row-1-coefficient-error")).ToHaveTextAsync("The coefficient must be more than 0.");
        await Assertions.Expect(page.Locator("#row-1-grade")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".average-problem")).ToBeVisibleAsync();
        await Screens.SaveAsync(page, "average-errors-en", fullPage: false);
        await Axe.AssertNoViolationsAsync(page);
    }

    [SkippableFact]
    public async Task RowsCanBeAddedAndRemovedAndAreRenumbered()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/en/tools/average");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a subject" }).ClickAsync();
        await Assertions.Expect(page.Locator("fieldset.grade-row")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#row-3-subject")).ToBeFocusedAsync();

        await page.Locator("#row-1-grade").FillAsync("8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove subject 1" }).ClickAsync();

        await Assertions.Expect(page.Locator("fieldset.grade-row")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("fieldset.grade-row legend")).ToHaveTextAsync(["Subject 1", "Subject 2", "Subject 3"]);
        await Assertions.Expect(page.Locator("#row-0-grade")).ToHaveValueAsync("8");
        await Assertions.Expect(page.Locator("#row-0-grade")).ToHaveAttributeAsync("name", "Rows[0].Grade");
        await Assertions.Expect(page.Locator(".average-value")).ToHaveTextAsync("Your average: 8.00 / 20");
    }

    [SkippableFact]
    public async Task TheServerRenderedResultAndErrorsPassAxe()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/ar/tools/average");
        await page.Locator("#row-0-grade").FillAsync("25");
        await page.Locator("#row-1-grade").FillAsync("12");

        // form.submit() posts without the submit event, as a browser without JavaScript would.
        await page.Locator("form.average-form").EvaluateAsync("form => HTMLFormElement.prototype.submit.call(form)");
        await page.WaitForLoadStateAsync();

        await Assertions.Expect(page.Locator("#row-0-grade-error")).ToHaveTextAsync("يجب أن تكون النقطة بين 0 و20.");
        await Screens.SaveAsync(page, "average-server-errors-ar", fullPage: false);
        await Axe.AssertNoViolationsAsync(page);
    }
}
