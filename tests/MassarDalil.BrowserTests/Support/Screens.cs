using Microsoft.Playwright;

namespace MassarDalil.BrowserTests.Support;

/// <summary>Screenshots for a person to look at (the whole page, or what the viewport shows), written only when MASSAR_SCREENSHOTS names a folder.</summary>
public static class Screens
{
    public static async Task SaveAsync(IPage page, string name, bool fullPage = true)
    {
        if (Environment.GetEnvironmentVariable("MASSAR_SCREENSHOTS") is not { Length: > 0 } folder)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }
}
