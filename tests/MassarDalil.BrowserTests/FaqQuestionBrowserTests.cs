using MassarDalil.BrowserTests.Support;
using MassarDalil.Content.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

/// <summary>An editor on a phone, in Arabic: finds a question in the FAQ's list, edits it on its own page, previews it.</summary>
public class FaqQuestionBrowserTests
{
    private const string AdminEmail = "admin@massar.test";
    private const string AdminPassword = "Admin-pass-2026!";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Admin:Email"] = AdminEmail,
        ["Admin:Password"] = AdminPassword,
    };

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
        await page.WaitForURLAsync($"**/manager/faq/{faqId}/question/nfc-is-safe");

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
        await page.WaitForURLAsync($"**/manager/preview/{faqId}#nfc-is-safe");
        var question = page.Locator("details#nfc-is-safe");
        await Assertions.Expect(question).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(question.Locator("li")).ToHaveTextAsync(["أولا", "ثانيا"]);
        Assert.True(await FitsAsync(page), "the preview is wider than the phone");
    }

    private static Task<bool> FitsAsync(IPage page) => page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth");

    private static async Task<int> FaqIdAsync(BrowserSession session)
    {
        await using var scope = session.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        return await db.Pages.Where(p => p.SiteKey == "ar" && p.Type == "faq").Select(p => p.Id).SingleAsync();
    }
}
