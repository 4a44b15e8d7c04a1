using Microsoft.Playwright;

namespace MassarDalil.BrowserTests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver; no browser is ever downloaded. The tests run in
/// <c>chromium-headless-shell</c>, Debian's build of the same Chromium without the desktop browser around Blink:
/// the same pages, scripts, layout and service workers for about 40% less of the machine than the full browser in
/// its headless mode (docs/performance.md). The shell has no notion of installing a site as an app, so the one test
/// of that asks for the full browser (<see cref="FullAsync"/>).
/// One browser serves the whole run: starting one cost seconds per test, and what keeps tests apart is the browser
/// context (cookies, storage, viewport, language), which every test gets fresh. Where a browser is missing the tests
/// are skipped with the install command, unless MASSAR_REQUIRE_BROWSER=1 (set by .ci/run), which turns the skip
/// into a failure.
/// </summary>
public static class Chromium
{
    public const string HeadlessShellPath = "/usr/bin/chromium-headless-shell";
    public const string FullPath = "/usr/bin/chromium";
    private const string Install = "apt-get install -y chromium chromium-headless-shell fonts-noto-core";

    private static readonly Lazy<Task<IPlaywright>> Driver = new(StartDriverAsync);
    private static readonly Lazy<Task<IBrowser>> Shell = new(() => LaunchAsync(HeadlessShellPath));
    private static readonly Lazy<Task<IBrowser>> Full = new(() => LaunchAsync(FullPath));

    /// <summary>The run's headless shell, started by the first test that asks; closed when the test process ends.</summary>
    public static Task<(IPlaywright Playwright, IBrowser Browser)> SharedAsync() => StartedAsync(HeadlessShellPath, Shell);

    /// <summary>The full browser, for what only it does (judging whether the site can be installed); started once when first asked.</summary>
    public static Task<(IPlaywright Playwright, IBrowser Browser)> FullAsync() => StartedAsync(FullPath, Full);

    /// <summary>Something a browser test needs is missing here: skip with <paramref name="why"/>, or fail where it must run.</summary>
    public static void SkipOrFail(string why)
    {
        if (Environment.GetEnvironmentVariable("MASSAR_REQUIRE_BROWSER") == "1")
        {
            throw new InvalidOperationException(why);
        }
        Skip.If(true, why);
    }

    private static async Task<(IPlaywright, IBrowser)> StartedAsync(string executable, Lazy<Task<IBrowser>> browser)
    {
        if (!File.Exists(executable))
        {
            SkipOrFail($"{executable} is not installed: {Install}");
        }
        return (await Driver.Value, await browser.Value);
    }

    private static async Task<IPlaywright> StartDriverAsync()
    {
        var playwright = await Playwright.CreateAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var browser in new[] { Shell, Full }.Where(b => b.IsValueCreated && b.Value.IsCompletedSuccessfully))
            {
                browser.Value.Result.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            }
            playwright.Dispose();
        };
        return playwright;
    }

    private static async Task<IBrowser> LaunchAsync(string executable) =>
        await (await Driver.Value).Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Root in a container needs --no-sandbox; the rest keep Chromium off this closed network.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.*",
            ],
        });
}
