using System.Text.Json;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.PublicSite;

/// <summary>
/// Content from a careless or hostile seed file, all the way to the page a visitor gets: every
/// piece of it is shown as text, and nothing in it runs, loads, or escapes its element.
/// </summary>
public class HostileContentTests
{
    private const string Attack = "</script><script>alert(1)</script>\"><img src=x onerror=alert(2)>";

    private static SeedFolder HostileSeed()
    {
        var seed = SeedFolder.CopyOfRealSeed();
        seed.Write("en/faq.md", $"""
            ---
            type: faq
            key: faq
            slug: faq
            title: 'Questions {Attack.Replace("'", "''", StringComparison.Ordinal)}'
            description: 'Answers {Attack.Replace("'", "''", StringComparison.Ordinal)}'
            ---

            Intro <script>alert(3)</script>

            ## Topic <b>bold</b> {"{#topic}"}

            ### Is {Attack} safe? {"{#hostile}"}

            <script>alert(4)</script>

            <iframe src="https://evil.example"></iframe>
            """);
        return seed;
    }

    /// <summary>Links and images the page would not show; the import and the manager refuse them (PageValidator).</summary>
    private const string HostileLinks =
        "[click me](javascript:alert(5)) and [me too](JaVaScRiPt&colon;alert(6)) and <javascript:alert(7)> ![pixel](https://evil.example/p.png)";

    [Theory]
    [InlineData("/en/faq")]
    [InlineData("/en/faq/hostile")]
    public async Task NothingFromTheContentRunsOrLoads(string path)
    {
        using var seed = HostileSeed();
        using var app = new MassarApp(new() { ["Content:SeedPath"] = seed.Path });

        var page = await app.CreateVisitor().GetDocumentAsync(path);

        // Our own modules and, on the question's page, one block of structured data: nothing the content wrote.
        var scripts = page.QuerySelectorAll("script").ToList();
        Assert.Equal(path.EndsWith("/hostile", StringComparison.Ordinal) ? 1 : 0, scripts.Count(s => s.GetAttribute("type") == "application/ld+json"));
        Assert.All(scripts.Where(s => s.GetAttribute("type") != "application/ld+json"), s =>
        {
            Assert.Equal("module", s.GetAttribute("type"));
            Assert.StartsWith("/js/", s.GetAttribute("src"), StringComparison.Ordinal);
        });
        Assert.Empty(page.QuerySelectorAll("iframe, main img, main b, [onerror]"));
        Assert.Contains("<script>alert(4)</script>", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Is {Attack} safe?", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Attack, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinksStoredBeforeTheSaveCheckRefusedThemStillReachNoPage()
    {
        using var app = new MassarApp();
        // Stored as an older version did, past today's check: the renderer still shows them as plain text.
        await app.PublishAsync("en", "old-guide", "An old guide", HostileLinks, "old-guide");

        var page = await app.CreateVisitor().GetDocumentAsync("/en/old-guide");

        Assert.Empty(page.QuerySelectorAll("main img, main a[href*='script' i], main a[href*='evil']"));
        Assert.Contains("click me and me too and javascript:alert(7) pixel", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StructuredDataStaysValidJsonHoldingTheTextAsWritten()
    {
        using var seed = HostileSeed();
        using var app = new MassarApp(new() { ["Content:SeedPath"] = seed.Path });

        var page = await app.CreateVisitor().GetDocumentAsync("/en/faq/hostile");

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var question = json.RootElement.GetProperty("mainEntity").EnumerateArray().Single();
        Assert.Equal($"Is {Attack} safe?", question.GetProperty("name").GetString());
        Assert.Contains("<script>alert(4)</script>", question.GetProperty("acceptedAnswer").GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
