using Microsoft.Playwright;

namespace MassarDalil.BrowserTests.Support;

/// <summary>A site, a browser and a page for one test; disposing closes all three.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession(SiteServer site, IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page) =>
        (Site, Playwright, Browser, Context, Page) = (site, playwright, browser, context, page);

    public SiteServer Site { get; }
    public IPlaywright Playwright { get; }
    public IBrowser Browser { get; }
    public IBrowserContext Context { get; }
    public IPage Page { get; }

    /// <param name="configure">Changes to the browser context, such as JavaScript off or a colour scheme.</param>
    public static async Task<BrowserSession> StartAsync(
        int width = 390, int height = 844, Dictionary<string, string?>? settings = null, Action<BrowserNewContextOptions>? configure = null)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        var site = new SiteServer(settings);
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
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Site.DisposeAsync();
    }
}
