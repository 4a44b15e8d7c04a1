using MassarDalil.BrowserTests.Support;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

/// <summary>What a visitor on a narrow phone sees: no sideways scrolling, every control within reach.</summary>
public class SmallPhoneTests
{
    [SkippableTheory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task NoPageScrollsSidewaysAndTheSearchButtonStaysOnScreenDownTo320Pixels(string language)
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var paths = new[] { $"/{language}/", $"/{language}/faq", $"/{language}/faq/forgot-password", $"/{language}/search?q=massar", $"/{language}/tools/average" };
        var problems = new List<string>();

        // 320: WCAG 1.4.10's reflow width; 360: the most common Android width; 390: a common iPhone.
        foreach (var width in new[] { 320, 360, 390 })
        {
            await page.SetViewportSizeAsync(width, 740);
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                var (scrollWidth, innerWidth) = await PageWidth.MeasureAsync(page);
                if (scrollWidth > innerWidth)
                {
                    problems.Add($"{path} at {width}px is {scrollWidth}px wide");
                }
                var button = await page.Locator(".site-search button[type=submit]").BoundingBoxAsync();
                if (button is null || button.X < 0 || button.X + button.Width > innerWidth)
                {
                    problems.Add($"{path} at {width}px: the search button spans {button?.X}..{button?.X + button?.Width}px");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
