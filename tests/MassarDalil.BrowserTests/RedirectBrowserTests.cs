using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

/// <summary>An editor renames an Arabic guide on a phone; a visitor holding the old address lands on the new one.</summary>
public class RedirectBrowserTests
{
    private const string AdminEmail = "admin@massar.test";
    private const string AdminPassword = "Admin-pass-2026!";

    [SkippableFact]
    public async Task ARenamedArabicGuidesOldAddressLandsOnTheNewOne()
    {
        await using var session = await BrowserSession.StartAsync(390, 844, new Dictionary<string, string?>
        {
            ["Admin:Email"] = AdminEmail, ["Admin:Password"] = AdminPassword,
        });
        var page = session.Page;
        string? warning = null;
        page.Dialog += (_, dialog) =>
        {
            warning = dialog.Message;
            _ = dialog.AcceptAsync();
        };
        // The manager in Arabic, whatever language the browser says it prefers.
        await page.Context.AddCookiesAsync([new Cookie { Name = "manager-lang", Value = "ar", Url = session.Site.BaseUrl }]);
        await page.GotoAsync("/manager/login");
        await page.Locator("#email").FillAsync(AdminEmail);
        await page.Locator("#password").FillAsync(AdminPassword);
        await page.Locator("#login-form button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator(".manager-nav a[href='/manager/redirects']")).ToHaveTextAsync("التحويلات");

        await page.GotoAsync("/manager/guides/new");
        await page.Locator("#f-title").FillAsync("تفعيل الحساب");
        await page.Locator("#f-slug").FillAsync("تفعيل-حساب");
        await page.Locator("#new-guide-form button[type='submit']").ClickAsync();
        await page.Locator("#f-body").FillAsync("افتح **البوابة** ثم فعّل حسابك.");
        await page.Locator("button[name='command'][value='publish']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        Assert.Null(warning);

        await page.Locator("#f-slug").FillAsync("تفعيل-الحساب");
        await page.Locator("button[name='command'][value='publish']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        Assert.Equal("تغيّر العنوان: بعد النشر سيحوَّل العنوان القديم إلى الجديد. هل تنشر؟", warning);

        await using var visitorContext = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.Site.BaseUrl });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/ar/تفعيل-حساب?from=sms");
        Assert.Equal($"{session.Site.BaseUrl}/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8?from=sms", visitor.Url);
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("تفعيل الحساب");

        await page.GotoAsync("/manager/redirects?site=ar");
        await Assertions.Expect(page.Locator("#redirects tbody tr")).ToContainTextAsync("/ar/تفعيل-حساب");
        await Axe.AssertNoViolationsAsync(page);
    }
}
