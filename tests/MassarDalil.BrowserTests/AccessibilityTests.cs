using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

public class AccessibilityTests
{
    // WCAG 2.2 A and AA, as axe tags them.
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [SkippableTheory]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task PublicPagesHaveNoWcagViolationsOnAPhoneAndADesktopInLightAndDark(string language)
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var pages = new[] { $"/{language}/", $"/{language}/faq", $"/{language}/faq/forgot-password", $"/{language}/no-such-page" };
        var findings = new List<string>();

        foreach (var width in new[] { 390, 1280 })
        {
            await page.SetViewportSizeAsync(width, width < 800 ? 844 : 800);
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                foreach (var path in pages)
                {
                    await page.GotoAsync(path);
                    findings.AddRange(await ViolationsAsync(page, $"{path} at {width}px, {scheme}"));
                }
                // The FAQ again with every answer open: links, code and lists inside answers are checked too.
                await page.GotoAsync($"/{language}/faq");
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                findings.AddRange(await ViolationsAsync(page, $"/{language}/faq opened at {width}px, {scheme}"));
            }
        }

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        return result.Violations.Select(v =>
            $"{where}: {v.Id} ({v.Help}) at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
    }
}
