using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

/// <summary>
/// An editor on a phone, in Arabic, uploads a screenshot, puts it into a guide with the toolbar's picker and publishes;
/// a visitor on a phone sees the image loaded, no wider than the screen, with its Arabic alt text.
/// </summary>
public class MediaBrowserTests
{
    private const string AdminEmail = "admin@massar.test";
    private const string AdminPassword = "Admin-pass-2026!";

    [SkippableFact]
    public async Task AnEditorPutsAScreenshotIntoAGuideAndAVisitorSeesItResponsiveWithItsAltText()
    {
        await using var session = await BrowserSession.StartAsync(390, 844, new Dictionary<string, string?>
        {
            ["Admin:Email"] = AdminEmail, ["Admin:Password"] = AdminPassword,
        });
        var page = session.Page;
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        // The screenshot an editor would take: the Arabic home on a laptop, 1280 pixels wide.
        byte[] screenshot;
        await using (var laptop = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.Site.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        }))
        {
            var home = await laptop.NewPageAsync();
            await home.GotoAsync("/ar/");
            screenshot = await home.ScreenshotAsync();
        }

        await page.Context.AddCookiesAsync([new Cookie { Name = "manager-lang", Value = "ar", Url = session.Site.BaseUrl }]);
        await page.GotoAsync("/manager/login");
        await page.Locator("#email").FillAsync(AdminEmail);
        await page.Locator("#password").FillAsync(AdminPassword);
        await page.Locator("#login-form button[type='submit']").ClickAsync();
        await page.Locator(".manager-nav a[href='/manager/media']").ClickAsync();
        await page.Locator("#f-file").SetInputFilesAsync(new FilePayload { Name = "لقطة.png", MimeType = "image/png", Buffer = screenshot });
        await page.Locator("#f-alt-ar").FillAsync("الصفحة الرئيسية لدليل مسار");
        await page.Locator("#f-alt-en").FillAsync("The Massar Dalil home page");
        await page.Locator("#f-alt-fr").FillAsync("La page d’accueil de Massar Dalil");
        await page.Locator("#upload-form button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToHaveTextAsync("رُفعت الصورة.");
        await Assertions.Expect(page.Locator(".media-card img")).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "the media page scrolls sideways at 390 px");
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/manager/guides/new");
        await page.Locator("#f-title").FillAsync("الدخول إلى المنصة");
        await page.Locator("#f-slug").FillAsync("الدخول-الى-المنصة");
        await page.Locator("#new-guide-form button[type='submit']").ClickAsync();
        await page.Locator("#f-body").FillAsync("افتح الصفحة الرئيسية:");
        await page.Locator(".markdown-toolbar button[data-action='image']").First.ClickAsync();
        await page.Locator("#media-picker button[data-insert]").First.ClickAsync();
        var body = await page.Locator("#f-body").InputValueAsync();
        Assert.Matches(@"^افتح الصفحة الرئيسية:\n\n!\[\]\(media:[0-9a-f]{16}\)$", body);
        await page.Locator("button[name='command'][value='publish']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();

        await using var visitorContext = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.Site.BaseUrl, ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/ar/الدخول-الى-المنصة");
        var image = visitor.Locator("main img");
        await image.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(image).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await image.EvaluateAsync<int>("i => i.naturalWidth") > 0, "the image did not load");
        Assert.InRange(await image.EvaluateAsync<double>("i => i.getBoundingClientRect().width"), 100, 390);
        Assert.Equal("الصفحة الرئيسية لدليل مسار", await image.GetAttributeAsync("alt"));
        Assert.True(await visitor.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "the guide scrolls sideways at 390 px");
        await Axe.AssertNoViolationsAsync(visitor);
    }
}
