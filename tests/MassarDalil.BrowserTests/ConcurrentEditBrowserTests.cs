using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;
using static MassarDalil.BrowserTests.ManagerTests;

namespace MassarDalil.BrowserTests;

/// <summary>Two editors on phones, in Arabic, change different questions of the same FAQ: both keep their work.</summary>
public class ConcurrentEditBrowserTests
{
    private const string FirstAnswer = "راجع أستاذ المادة أولًا، ثم إدارة المؤسسة إن لزم الأمر.";
    private const string SecondAnswer = "نعم: الشريحة تُقرأ فقط ولا يُكتب عليها شيء.";

    [SkippableFact]
    public async Task TwoEditorsChangingDifferentQuestionsBothKeepTheirWork()
    {
        await using var session = await BrowserSession.StartAsync(390, 844, Settings);
        await AddEditorAsync(session);
        var faqId = await PageIdAsync(session, "ar");
        await using var secondContext = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.Site.BaseUrl,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        foreach (var context in new[] { session.Context, secondContext })
        {
            await context.AddCookiesAsync([new Cookie { Name = "manager-lang", Value = "ar", Url = session.Site.BaseUrl + "/manager" }]);
        }
        var (first, second) = (session.Page, await secondContext.NewPageAsync());
        await SignInAsync(first, AdminEmail, AdminPassword);
        await SignInAsync(second, EditorEmail, EditorPassword);
        // Both open the page before either saves.
        await first.GotoAsync($"/manager/faq/{faqId}?open=wrong-grade");
        await second.GotoAsync($"/manager/faq/{faqId}?open=nfc-is-safe");

        await first.Locator("details[data-key='wrong-grade'] textarea[name$='.Answer']").FillAsync(FirstAnswer);
        await first.Locator("button[name='command'][value='save'].primary").ClickAsync();
        await Assertions.Expect(first.Locator(".flash")).ToBeVisibleAsync();
        await second.Locator("details[data-key='nfc-is-safe'] textarea[name$='.Answer']").FillAsync(SecondAnswer);
        await second.Locator("button[name='command'][value='save'].primary").ClickAsync();

        // No conflict page: the second editor is told, in Arabic, whose changes were merged with theirs.
        await Assertions.Expect(second.Locator("#conflict")).ToHaveCountAsync(0);
        var notice = second.Locator(".flash");
        await Assertions.Expect(notice).ToContainTextAsync("دُمجت مع تعديلاتك");
        await Assertions.Expect(notice).ToContainTextAsync(AdminEmail);
        await ExpectNoViolationsAsync(second, "merged-notice", "ar");
        await Assertions.Expect(second.Locator("details[data-key='wrong-grade'] textarea[name$='.Answer']")).ToHaveValueAsync(FirstAnswer);
        await Assertions.Expect(second.Locator("details[data-key='nfc-is-safe'] textarea[name$='.Answer']")).ToHaveValueAsync(SecondAnswer);

        // The first editor, reloading, sees both too.
        await first.GotoAsync($"/manager/faq/{faqId}");
        await Assertions.Expect(first.Locator("details[data-key='wrong-grade'] textarea[name$='.Answer']")).ToHaveValueAsync(FirstAnswer);
        await Assertions.Expect(first.Locator("details[data-key='nfc-is-safe'] textarea[name$='.Answer']")).ToHaveValueAsync(SecondAnswer);
    }
}
