using System.Text.RegularExpressions;
using MassarDalil.BrowserTests.Support;
using MassarDalil.Content.Data;
using MassarDalil.Content.Feedback;
using MassarDalil.Content.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

/// <summary>The editor's daily tools in a real browser: the FAQ's list and question pages, the Markdown toolbar and the dashboard's charts.</summary>
public class ManagerFrictionTests
{
    private const string AdminEmail = "admin@massar.test";
    private const string AdminPassword = "Admin-pass-2026!";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Admin:Email"] = AdminEmail,
        ["Admin:Password"] = AdminPassword,
    };

    [SkippableFact]
    public async Task ListPrefixesEverySelectedLineAndLinkAsksForTheAddress()
    {
        // The manager in Arabic, as a Moroccan browser asks for it.
        await using var session = await BrowserSession.StartAsync(390, 844, Settings, options => options.Locale = "ar-MA");
        var page = session.Page;
        await ManagerTests.SignInAsync(page, AdminEmail, AdminPassword);
        await page.GotoAsync($"/manager/faq/{await FaqIdAsync(session)}");
        var question = page.Locator("details[data-key='forgot-password']");
        await question.Locator("summary").ClickAsync();
        var answer = question.Locator("textarea[name$='.Answer']");
        var toolbar = question.Locator(".markdown-toolbar");

        // From the middle of one line to the middle of the line two further: those three whole lines become the list.
        await answer.FillAsync("قبل\nأولا افتح الصفحة\nثانيا اضغط\nثالثا انتظر\nبعد");
        await Select(answer, "قبل\nأولا ".Length, "قبل\nأولا افتح الصفحة\nثانيا اضغط\nثالثا".Length);
        await toolbar.Locator("button[data-action='list']").ClickAsync();
        await Assertions.Expect(answer).ToHaveValueAsync("قبل\n- أولا افتح الصفحة\n- ثانيا اضغط\n- ثالثا انتظر\nبعد");

        // Link asks for the address; a bare host gets https, and the selected words become the link's text.
        await answer.FillAsync("افتح بوابة مسار الآن");
        await Select(answer, "افتح ".Length, "افتح بوابة مسار".Length);
        var asked = await AnswerPromptAsync(page, toolbar.Locator("button[data-action='link']"), "massar.men.gov.ma/Account");
        Assert.Contains("عنوان الرابط", asked);
        await Assertions.Expect(answer).ToHaveValueAsync("افتح [بوابة مسار](https://massar.men.gov.ma/Account) الآن");

        // Cancelling the question changes nothing.
        await AnswerPromptAsync(page, toolbar.Locator("button[data-action='link']"), null);
        await Assertions.Expect(answer).ToHaveValueAsync("افتح [بوابة مسار](https://massar.men.gov.ma/Account) الآن");
    }

    [SkippableFact]
    public async Task OnAPhoneInArabicAQuestionFoundInTheListIsEditedSavedAndPreviewedOpenAtItself()
    {
        await using var session = await BrowserSession.StartAsync(390, 844, Settings, options => options.Locale = "ar-MA");
        var page = session.Page;
        await ManagerTests.SignInAsync(page, AdminEmail, AdminPassword);
        var faqId = await FaqIdAsync(session);
        await page.GotoAsync($"/manager/faq/{faqId}");
        Assert.True(await FitsAsync(page), "the FAQ editor is wider than the phone");

        // The filter narrows the list as the editor types (a search term of this question only).
        await page.Locator("#outline-q").FillAsync("الأمان");
        var visible = page.Locator("#outline-list li[data-topic] li:not([hidden]) a");
        await Assertions.Expect(visible).ToHaveCountAsync(1);
        await visible.ClickAsync();
        await page.ReachedAsync(new Regex($"/manager/faq/{faqId}/question/nfc-is-safe$"));

        Assert.True(await FitsAsync(page), "the question page is wider than the phone");
        var answer = page.Locator("textarea[name='Input.Answer']");
        var toolbar = page.Locator(".markdown-toolbar");
        await answer.FillAsync("أولا\nثانيا");
        await answer.EvaluateAsync("area => area.setSelectionRange(0, area.value.length)");
        await toolbar.Locator("button[data-action='list']").ClickAsync();
        await Assertions.Expect(answer).ToHaveValueAsync("- أولا\n- ثانيا");

        // Link asks for the address and refuses one that is not https.
        await answer.EvaluateAsync("area => area.setSelectionRange(0, 0)");
        var refused = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            refused.Add(dialog.Message);
            await (dialog.Type == "prompt" ? dialog.AcceptAsync("http://massar.men.gov.ma") : dialog.AcceptAsync());
        };
        await toolbar.Locator("button[data-action='link']").ClickAsync();
        await Assertions.Expect(answer).ToHaveValueAsync("- أولا\n- ثانيا");
        Assert.Contains(refused, m => m.Contains("https://", StringComparison.Ordinal) && m.Contains("غير مقبول", StringComparison.Ordinal));

        await page.Locator(".save-bar button[value='preview']").ClickAsync();
        await page.ReachedAsync(new Regex($"/manager/preview/{faqId}#nfc-is-safe$"));
        var question = page.Locator("details#nfc-is-safe");
        await Assertions.Expect(question).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(question.Locator("li")).ToHaveTextAsync(["أولا", "ثانيا"]);
        Assert.True(await FitsAsync(page), "the preview is wider than the phone");
    }

    private static Task<bool> FitsAsync(IPage page) => page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth");

    /// <summary>Clicks <paramref name="button"/> and answers the prompt it opens (null cancels it); the prompt's question.</summary>
    private static async Task<string> AnswerPromptAsync(IPage page, ILocator button, string? reply)
    {
        var asked = new TaskCompletionSource<string>();
        async void Handle(object? sender, IDialog dialog)
        {
            await (reply is null ? dialog.DismissAsync() : dialog.AcceptAsync(reply));
            asked.TrySetResult(dialog.Message);
        }
        page.Dialog += Handle;
        try
        {
            await button.ClickAsync();
            return await asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            page.Dialog -= Handle;
        }
    }

    [SkippableTheory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task EveryDashboardChartFitsItsBoxWithTheLastBarAndItsNumbersInside(int width, int height)
    {
        await using var session = await BrowserSession.StartAsync(width, height, Settings);
        await VisitorsLeaveTracesAsync(session);
        var page = session.Page;
        await ManagerTests.SignInAsync(page, AdminEmail, AdminPassword);
        await page.GotoAsync("/manager");

        var charts = page.Locator("figure.chart-box");
        Assert.Equal(3, await charts.CountAsync());
        for (var i = 0; i < 3; i++)
        {
            var figure = charts.Nth(i);
            var box = (await figure.BoundingBoxAsync())!;
            var bars = figure.Locator("svg rect:has(title)");
            var last = (await bars.Nth(await bars.CountAsync() - 1).BoundingBoxAsync())!;
            Assert.True(last.X >= box.X && last.X + last.Width <= box.X + box.Width,
                $"chart {i} at {width}px: last bar from {last.X} to {last.X + last.Width}, box from {box.X} to {box.X + box.Width}");
            foreach (var text in await figure.Locator("svg text").AllAsync())
            {
                var t = (await text.BoundingBoxAsync())!;
                var words = await text.TextContentAsync();
                Assert.True(t.X >= box.X - 0.5 && t.X + t.Width <= box.X + box.Width + 0.5, $"chart {i} at {width}px: \"{words}\" runs out of its box");
                // Readable, not shrunk to nothing: at least 9 CSS pixels tall.
                Assert.True(t.Height >= 9, $"chart {i} at {width}px: \"{words}\" is {t.Height}px tall");
            }
        }
        var values = page.Locator("svg[aria-labelledby^='chart-unanswered-'] text.chart-value");
        Assert.Equal("12", await values.Nth(await values.CountAsync() - 1).TextContentAsync());
        var (scrollWidth, innerWidth) = await PageWidth.MeasureAsync(page);
        Assert.True(scrollWidth <= innerWidth, $"the dashboard scrolls sideways at {width}px: {scrollWidth} > {innerWidth}");
        await Screens.SaveAsync(page, $"dashboard-charts-{width}");
    }

    private static async Task Select(ILocator area, int start, int end) =>
        await area.EvaluateAsync("(area, range) => { area.focus(); area.setSelectionRange(range[0], range[1]); }", new[] { start, end });

    private static async Task<int> FaqIdAsync(BrowserSession session)
    {
        await using var scope = session.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        return await db.Pages.Where(p => p.SiteKey == "ar" && p.Type == "faq").Select(p => p.Id).SingleAsync();
    }

    /// <summary>Today's searches (twelve of one, so today's column carries a two-digit number) and votes on two topics.</summary>
    private static async Task VisitorsLeaveTracesAsync(BrowserSession session)
    {
        await using var scope = session.Site.Services.CreateAsyncScope();
        var unanswered = scope.ServiceProvider.GetRequiredService<UnansweredSearches>();
        for (var i = 0; i < 12; i++)
        {
            await unanswered.RecordAsync("ar", "بطاقة الطالب الضائعة");
        }
        var feedback = scope.ServiceProvider.GetRequiredService<AnswerFeedback>();
        await feedback.VoteAsync("ar", "pass-mark", helpful: false, FeedbackReason.Outdated, AnswerFeedback.NewBrowserToken());
        await feedback.VoteAsync("en", "forgot-password", helpful: true, null, AnswerFeedback.NewBrowserToken());
    }
}
