using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests.Support;

/// <summary>
/// A site, a fresh browser context and a page for one test, in the run's one Chromium (<see cref="Chromium"/>);
/// disposing closes the context and the site.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession(SiteServer site, IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page) =>
        (Site, Playwright, Browser, Context, Page) = (site, playwright, browser, context, page);

    public SiteServer Site { get; }
    public IPlaywright Playwright { get; }

    /// <summary>Shared by every test: open more pages in <see cref="Context"/>, or in a context of the test's own that it closes.</summary>
    public IBrowser Browser { get; }
    public IBrowserContext Context { get; }
    public IPage Page { get; }

    /// <param name="configure">Changes to the browser context, such as JavaScript off or a colour scheme.</param>
    /// <param name="services">Changes to the site's services, such as a clock the test moves.</param>
    /// <param name="fullBrowser">The full Chromium instead of the headless shell, for what only it does.</param>
    public static async Task<BrowserSession> StartAsync(
        int width = 390, int height = 844, Dictionary<string, string?>? settings = null, Action<BrowserNewContextOptions>? configure = null,
        Action<IServiceCollection>? services = null, bool fullBrowser = false)
    {
        var (playwright, browser) = await (fullBrowser ? Chromium.FullAsync() : Chromium.SharedAsync());
        var site = new SiteServer(settings, services);
        var options = new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        };
        configure?.Invoke(options);
        var context = await browser.NewContextAsync(options);
        return new BrowserSession(site, playwright, browser, context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await Site.DisposeAsync();
    }
}
