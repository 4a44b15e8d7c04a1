using System.Text.RegularExpressions;
using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

/// <summary>
/// The static export as a visitor meets it: served by python3 -m http.server, no .NET anywhere, and every
/// page, script and stylesheet still working under the pages' own strict policy.
/// </summary>
public sealed partial class StaticExportBrowserTests(StaticSite site) : IClassFixture<StaticSite>
{
    [SkippableFact]
    public async Task TheRootLeadsToTheArabicHomeRightToLeftWithItsStylesAndScripts()
    {
        await using var browser = await OpenAsync();
        var page = browser.Page;

        await page.GotoAsync("/");

        // The root's page moves on by meta refresh, after its own load: poll rather than wait for a navigation.
        await Assertions.Expect(page).ToHaveURLAsync($"{site.BaseUrl}/ar/");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal("ar", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        // The stylesheet applied: the skip link is moved out of sight until focused.
        Assert.True(await page.Locator(".skip-link").EvaluateAsync<bool>("e => e.getBoundingClientRect().bottom <= 0 || getComputedStyle(e).position !== 'static'"));
        // site.js ran: it records the language as it does on the live site.
        Assert.Contains("lang=ar", await page.EvaluateAsync<string>("() => document.cookie"), StringComparison.Ordinal);
        browser.AssertNoErrors();
    }

    [SkippableFact]
    public async Task TheRootFollowsTheBrowsersLanguageAndThenTheLanguageChosenBefore()
    {
        await using var browser = await OpenAsync(locale: "en-GB");
        var page = browser.Page;

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync($"{site.BaseUrl}/en/");

        // Having chosen Arabic once (site.js keeps it in the lang cookie), the root leads there from now on.
        await page.Locator("a.language-switch[hreflang=ar]").ClickAsync();
        await page.ReachedAsync($"{site.BaseUrl}/ar/");
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync($"{site.BaseUrl}/ar/");
        browser.AssertNoErrors();
    }

    [SkippableFact]
    public async Task AQuestionOpensInPlaceAndTheLanguageSwitchKeepsIt()
    {
        await using var browser = await OpenAsync();
        var page = browser.Page;

        await page.GotoAsync("/ar/faq#forgot-password");
        var question = page.Locator("details#forgot-password");
        await Assertions.Expect(question).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(question.Locator(".answer")).ToBeVisibleAsync();
        await Assertions.Expect(question.Locator(".feedback-box")).ToHaveCountAsync(0);

        await page.Locator("a.language-switch[hreflang=en]").ClickAsync();

        // python's server answers /en/faq with a redirect to /en/faq/; the question travels in the fragment.
        await page.ReachedAsync($"{site.BaseUrl}/en/faq/#forgot-password");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("details#forgot-password")).ToHaveAttributeAsync("open", "");
        browser.AssertNoErrors();
    }

    [SkippableFact]
    public async Task AQuestionsOwnPageOpensFromItsLinkAndSwitchesToTheSameQuestionInArabic()
    {
        await using var browser = await OpenAsync();
        var page = browser.Page;
        await page.GotoAsync("/en/faq#forgot-password");

        await page.Locator("details#forgot-password a[href='/en/faq/forgot-password']").ClickAsync();

        await page.ReachedAsync($"{site.BaseUrl}/en/faq/forgot-password/");
        var title = await page.Locator("h1").TextContentAsync();
        Assert.Contains("password", title, StringComparison.OrdinalIgnoreCase);
        await page.Locator("a.language-switch[hreflang=ar]").ClickAsync();
        await page.ReachedAsync($"{site.BaseUrl}/ar/faq/forgot-password/");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        browser.AssertNoErrors();
    }

    [SkippableFact]
    public async Task SearchRunsInTheBrowserFromTheHeaderBoxAndOnTheSearchPage()
    {
        await using var browser = await OpenAsync(locale: "en-US");
        var page = browser.Page;
        await page.GotoAsync("/en/");

        await page.Locator("#site-search-q").PressSequentiallyAsync("NFC");

        var panel = page.Locator("#site-search-results .results li a");
        await Assertions.Expect(panel.First).ToBeVisibleAsync();
        Assert.All(await panel.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"), href => Assert.StartsWith("/en/faq#", href, StringComparison.Ordinal));
        await page.Locator("#site-search-q").PressAsync("Enter");

        await page.ReachedAsync(ResultsPage());
        await Assertions.Expect(page.Locator("#search-page-q")).ToHaveValueAsync("NFC");
        await Assertions.Expect(page.Locator(".search-status")).ToHaveTextAsync(new Regex(@"^\d+ results? for “NFC”$"));
        await page.Locator("#search-page-q").FillAsync("zzzqqq");
        await Assertions.Expect(page.Locator(".search-status")).ToHaveTextAsync("No results for “zzzqqq”.");
        browser.AssertNoErrors();
    }

    [SkippableFact]
    public async Task TheCalculatorComputesInTheBrowserAndItsButtonPostsNowhere()
    {
        await using var browser = await OpenAsync();
        var page = browser.Page;
        await page.GotoAsync("/ar/tools/average");

        await page.Locator("#row-0-grade").FillAsync("15");
        await page.Locator("#row-0-coefficient").FillAsync("3");
        await page.Locator("#row-1-grade").FillAsync("10");
        await page.Locator("#row-1-coefficient").FillAsync("2");
        await page.Locator(".average-actions button.primary").ClickAsync();

        await Assertions.Expect(page.Locator(".average-value")).ToHaveTextAsync("معدلك: 13,00 / 20");
        Assert.Equal($"{site.BaseUrl}/ar/tools/average/", page.Url);
        browser.AssertNoErrors();
    }

    [SkippableFact]
    public async Task TheNotFoundPageIsArabicWithAWayToEnglish()
    {
        await using var browser = await OpenAsync();
        var page = browser.Page;

        await page.GotoAsync("/404.html");

        Assert.Equal("ar", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("main a[href='/ar/faq']")).ToBeVisibleAsync();
        await page.Locator("a.language-switch[hreflang=en]").ClickAsync();
        await page.ReachedAsync($"{site.BaseUrl}/en/");
        await page.GotoAsync("/en/404.html");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        browser.AssertNoErrors();
    }

    [SkippableFact]
    public async Task TheExportedFaqHasNoAccessibilityViolations()
    {
        await using var browser = await OpenAsync();
        var page = browser.Page;
        await page.GotoAsync("/ar/faq#forgot-password");
        await Assertions.Expect(page.Locator("details#forgot-password")).ToHaveAttributeAsync("open", "");

        await Axe.AssertNoViolationsAsync(page);
    }

    /// <param name="locale">The browser's language; by default a Moroccan visitor's Arabic.</param>
    private async Task<StaticBrowser> OpenAsync(string locale = "ar-MA")
    {
        if (site.Missing is { } missing)
        {
            Chromium.SkipOrFail(missing);
        }
        var (_, chromium) = await Chromium.SharedAsync();
        var context = await chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = locale,
        });
        return new StaticBrowser(context, await context.NewPageAsync());
    }

    [GeneratedRegex(@"/en/search/?\?q=NFC$")]
    private static partial Regex ResultsPage();

    /// <summary>
    /// A browser on the static copy that remembers every console error, script error and missing file (a CSP
    /// refusal is a console error).
    /// </summary>
    private sealed class StaticBrowser : IAsyncDisposable
    {
        private readonly IBrowserContext _context;
        private readonly List<string> _errors = [];

        public StaticBrowser(IBrowserContext context, IPage page)
        {
            (_context, Page) = (context, page);
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    _errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => _errors.Add(error);
            page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    _errors.Add($"{response.Status} {response.Url}");
                }
            };
        }

        public IPage Page { get; }

        public void AssertNoErrors() => Assert.True(_errors.Count == 0, string.Join("\n", _errors));

        public ValueTask DisposeAsync() => _context.DisposeAsync();
    }
}
