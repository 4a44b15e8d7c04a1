using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests.Support;

/// <summary>
/// Waiting for a page to reach an address, in place of <c>IPage.WaitForURLAsync</c>, which can lose the navigation
/// or load event it waits for: it checks, then subscribes, while another thread delivers the events
/// (microsoft/playwright-dotnet#3364, open). It made two tests fail about once a run on a busy machine, timing out on
/// a page that had reached the address and fired its load event 20 s before. Both waits here are asked of the driver,
/// which polls the page itself, so no event can slip between a check and a subscription.
/// </summary>
public static class Address
{
    /// <summary>The page shows <paramref name="url"/> (the whole address, fragment included) and has loaded.</summary>
    public static async Task ReachedAsync(this IPage page, string url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url);
        await LoadedAsync(page);
    }

    /// <summary>The page's address matches <paramref name="url"/> and it has loaded.</summary>
    public static async Task ReachedAsync(this IPage page, Regex url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url);
        await LoadedAsync(page);
    }

    // What WaitForURLAsync's default (load) waited for: the document and everything it loads.
    private static async Task LoadedAsync(IPage page)
    {
        var complete = await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        await complete.DisposeAsync();
    }
}
