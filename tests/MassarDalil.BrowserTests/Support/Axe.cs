using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests.Support;

/// <summary>One rule a page breaks, with the markup of the elements that break it (filled in by Playwright from axe's result).</summary>
public sealed class AxeViolation
{
    public string Id { get; set; } = "";
    public string Help { get; set; } = "";
    public string[] Html { get; set; } = [];

    public override string ToString() => $"{Id} ({Help}) at {string.Join(" | ", Html.Take(3))}";
}

/// <summary>
/// axe-core (the copy the Deque package ships) run inside the page itself. The package's own <c>RunAxe</c> splits a
/// run into a partial run per frame and finishes it in a new browser page, so that cross-origin frames can be
/// checked; our pages have no frames, and that new page per check cost about 1.5 s of a 2-core machine's time,
/// most of a browser accessibility test. axe is loaded once per document and returns only its violations.
/// </summary>
public static class Axe
{
    /// <summary>WCAG 2.2 A and AA, as axe tags them.</summary>
    public static readonly IReadOnlyList<string> Wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> Source = new(() =>
    {
        var assembly = typeof(AxeResult).Assembly;
        using var stream = assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException($"axe-core is not in {assembly.GetName().Name} any more.");
        return new StreamReader(stream).ReadToEnd();
    });

    private const string Run = """
        async tags => {
          const options = { resultTypes: ['violations'] };
          if (tags) { options.runOnly = { type: 'tag', values: tags }; }
          const results = await axe.run(document, options);
          return results.violations.map(v => ({ id: v.id, help: v.help, html: v.nodes.map(n => n.html) }));
        }
        """;

    /// <summary>The rules the page in its current state breaks: those tagged <paramref name="tags"/>, or every rule.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page, IReadOnlyList<string>? tags = null)
    {
        // Playwright evaluates through the DevTools protocol, which the site's Content-Security-Policy does not govern.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }
        return await page.EvaluateAsync<AxeViolation[]>(Run, tags);
    }

    /// <summary>Fails with each rule and the elements it found when the page in its current state breaks any axe rule.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var found = await ViolationsAsync(page);
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
