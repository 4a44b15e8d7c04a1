using Microsoft.Playwright;

namespace MassarDalil.BrowserTests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver; no browser is ever downloaded.
/// Where Chromium is missing the tests are skipped with the install command, unless
/// MASSAR_REQUIRE_BROWSER=1 (set by .ci/run), which turns the skip into a failure.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            SkipOrFail($"Chromium is not installed at {ExecutablePath}: apt-get install -y chromium fonts-noto-core");
        }
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
        return (playwright, browser);
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
}
