using Microsoft.Playwright;

namespace MassarDalil.BrowserTests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver; no browser is ever downloaded. One Chromium serves
/// the whole run: starting one cost seconds per test, and what keeps tests apart is the browser context (cookies,
/// storage, viewport, language), which every test gets fresh. Where Chromium is missing the tests are skipped with
/// the install command, unless MASSAR_REQUIRE_BROWSER=1 (set by .ci/run), which turns the skip into a failure.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Shared = new(LaunchAsync);

    /// <summary>The run's one Chromium, started by the first test that asks; closed when the test process ends.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> SharedAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            SkipOrFail($"Chromium is not installed at {ExecutablePath}: apt-get install -y chromium fonts-noto-core");
        }
        return await Shared.Value;
    }

    /// <summary>Something a browser test needs is missing here: skip with <paramref name="why"/>, or fail where it must run.</summary>
    public static void SkipOrFail(string why)
    {
        if (Environment.GetEnvironmentVariable("MASSAR_REQUIRE_BROWSER") == "1")
        {
            throw new InvalidOperationException(why);
        }
        Skip.If(true, why);
    }

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in a container needs --no-sandbox; the rest keep Chromium off this closed network.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.*",
            ],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            playwright.Dispose();
        };
        return (playwright, browser);
    }
}
