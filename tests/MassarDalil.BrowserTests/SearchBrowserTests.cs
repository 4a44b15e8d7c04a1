using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

public class SearchBrowserTests
{
    [SkippableFact]
    public async Task TheHeaderBoxShowsResultsAsYouTypeAndEscapeClosesThem()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/ar/faq");

        await page.Locator("#site-search-q").PressSequentiallyAsync("كلمة السر");

        var results = page.Locator("#site-search-results .results");
        await Assertions.Expect(results).ToBeVisibleAsync();
        await Assertions.Expect(results.Locator("a").First).ToHaveAttributeAsync("href", "/ar/faq#forgot-password");
        await Assertions.Expect(page.Locator("#site-search-results [role=status]")).ToContainTextAsync("للبحث عن «كلمة السر»");
        await Assertions.Expect(results.Locator("mark").First).ToBeVisibleAsync();
        await Screens.SaveAsync(page, "search-header-ar", fullPage: false);
        await Axe.AssertNoViolationsAsync(page);

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(results).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#site-search-q")).ToBeFocusedAsync();
    }

    [SkippableTheory]
    [InlineData("ar", "مثال: تفعيل الحساب", "ابحث في الأسئلة")]
    [InlineData("en", "e.g. activation", "Search the questions")]
    public async Task TheEmptyHeaderBoxShowsAnExampleAndKeepsItsLabel(string language, string example, string label)
    {
        await using var session = await BrowserSession.StartAsync(width: 320, height: 740);
        var page = session.Page;
        await page.GotoAsync($"/{language}/faq");

        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = label, Exact = true });
        await Assertions.Expect(box).ToHaveAttributeAsync("placeholder", example);
        // The whole example fits the box on the narrowest phone: none of it is cut off.
        Assert.True(await box.EvaluateAsync<bool>("""
            input => {
                const style = getComputedStyle(input);
                const probe = document.createElement("span");
                probe.style.font = style.font;
                probe.style.whiteSpace = "pre";
                probe.textContent = input.placeholder;
                document.body.append(probe);
                const room = input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
                const fits = probe.getBoundingClientRect().width <= room;
                probe.remove();
                return fits;
            }
            """));
        await Axe.AssertNoViolationsAsync(page);
    }

    [SkippableFact]
    public async Task TheSearchPageUpdatesAsYouTypeAndKeepsTheAddress()
    {
        await using var session = await BrowserSession.StartAsync(width: 1280, height: 900);
        var page = session.Page;
        await page.GotoAsync("/en/search");

        await page.Locator("#search-page-q").FillAsync("NFC");

        var results = page.Locator("#search-results .results li");
        await Assertions.Expect(results).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator(".search-status")).ToHaveTextAsync("4 results for “NFC”");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/en/search\?q=NFC$"));
        await Screens.SaveAsync(page, "search-page-en", fullPage: false);
        await Axe.AssertNoViolationsAsync(page);

        await page.Locator("#search-page-q").FillAsync("%%%");
        await Assertions.Expect(page.Locator(".search-status")).ToHaveTextAsync("Use letters or numbers to search, not symbols only.");
        await Assertions.Expect(results).ToHaveCountAsync(0);

        await page.Locator("#search-page-q").FillAsync("");
        await Assertions.Expect(page.Locator(".search-status")).ToHaveTextAsync("");
    }

    [SkippableFact]
    public async Task PressingEnterInTheHeaderBoxOpensTheSearchPage()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/en/");

        await page.Locator("#site-search-q").FillAsync("masar");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/en/search\?q=masar$"));
        await Assertions.Expect(page.Locator("#search-results .results li a").First).ToHaveAttributeAsync("href", "/en/faq#spelling-masar-massar");
    }
}
