using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

/// <summary>
/// On a phone, in the Arabic manager: an editor puts a guide into the header, renames it (the old address 301s),
/// moves it to the trash (its address answers 410, the header drops it) and restores it (all back as it was).
/// </summary>
public class NavigationTrashBrowserTests
{
    private const string AdminEmail = "admin@massar.test";
    private const string AdminPassword = "Admin-pass-2026!";
    private const string Title = "تفعيل الحساب";

    [SkippableFact]
    public async Task AGuidePutIntoTheHeaderRenamedTrashedAndRestoredInArabicAt390Pixels()
    {
        await using var session = await BrowserSession.StartAsync(390, 844, new Dictionary<string, string?>
        {
            ["Admin:Email"] = AdminEmail, ["Admin:Password"] = AdminPassword,
        });
        var page = session.Page;
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync(); // "publish under the new address?", "move to the trash?"
        await page.Context.AddCookiesAsync([new Cookie { Name = "manager-lang", Value = "ar", Url = session.Site.BaseUrl }]);
        await page.GotoAsync("/manager/login");
        await page.Locator("#email").FillAsync(AdminEmail);
        await page.Locator("#password").FillAsync(AdminPassword);
        await page.Locator("#login-form button[type='submit']").ClickAsync();
        await page.GotoAsync("/manager/guides/new");
        await page.Locator("#f-title").FillAsync(Title);
        await page.Locator("#f-slug").FillAsync("تفعيل-حساب");
        await page.Locator("#new-guide-form button[type='submit']").ClickAsync();
        await page.Locator("#f-body").FillAsync("افتح **البوابة** ثم فعّل حسابك.");
        await page.Locator("button[name='command'][value='publish']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        var guide = page.Url;

        // Into the header, first, without typing an address: chosen from the list, moved up with a button.
        await page.GotoAsync("/manager");
        await page.Locator("a[href^='/manager/navigation/']").First.ClickAsync();
        await page.Locator("button[value='add:Header']").ClickAsync();
        await page.Locator("#f-header-1-page").SelectOptionAsync(new SelectOptionValue { Label = Title });
        await page.Locator("button[value='up:Header:1']").ClickAsync();
        await Assertions.Expect(page.Locator("#f-header-0-page option:checked")).ToHaveTextAsync(Title);
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("button[name='command'][value='publish']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();

        await using var visitorContext = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.Site.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 } });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/ar/");
        var headerLink = visitor.Locator(".site-nav a:not(.language-switch)").First;
        await Assertions.Expect(headerLink).ToHaveTextAsync(Title);

        // Renamed: the header follows, the old address answers 301.
        await page.GotoAsync(guide);
        await page.Locator("#f-slug").FillAsync("تفعيل-الحساب");
        await page.Locator("button[name='command'][value='publish']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        await visitor.GotoAsync("/ar/تفعيل-حساب");
        Assert.EndsWith("/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8", visitor.Url, StringComparison.Ordinal);
        await visitor.GotoAsync("/ar/");
        await headerLink.ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync(Title);

        // Trashed: 410 at its address, gone from the header.
        await page.GotoAsync(guide);
        await page.Locator("#trash-form button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#trash-list")).ToContainTextAsync(Title);
        await Axe.AssertNoViolationsAsync(page);
        var gone = await visitor.GotoAsync("/ar/تفعيل-الحساب");
        Assert.Equal(410, gone!.Status);
        await Assertions.Expect(visitor.Locator("main h1")).ToHaveTextAsync("هذه الصفحة لم تعد موجودة");
        await Axe.AssertNoViolationsAsync(visitor);
        await visitor.GotoAsync("/ar/");
        await Assertions.Expect(visitor.Locator(".site-nav")).Not.ToContainTextAsync(Title);

        // Restored: as it was, in the header again.
        await page.Locator("#trash-list form[action*='handler=Restore'] button").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        var back = await visitor.GotoAsync("/ar/تفعيل-الحساب");
        Assert.Equal(200, back!.Status);
        await visitor.GotoAsync("/ar/");
        await Assertions.Expect(headerLink).ToHaveTextAsync(Title);
    }
}
