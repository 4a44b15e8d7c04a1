using Microsoft.Playwright;

namespace MassarDalil.BrowserTests.Support;

public static class PageWidth
{
    /// <summary>How wide the page's content is and how wide the window: the first above the second means sideways scrolling.</summary>
    public static async Task<(int ScrollWidth, int InnerWidth)> MeasureAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, innerWidth]");
        return (widths[0], widths[1]);
    }
}
