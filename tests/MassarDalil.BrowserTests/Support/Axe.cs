using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests.Support;

public static class Axe
{
    /// <summary>Fails with each rule and the elements it found when the page in its current state breaks any axe rule.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        var found = results.Violations.Select(v => $"{v.Id}: {v.Help} [{string.Join(" | ", v.Nodes.Select(n => n.Html))}]").ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>Saves what the viewport shows, to look at, when MASSAR_SCREENSHOTS names a folder; does nothing otherwise.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("MASSAR_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = false });
        }
    }
}
