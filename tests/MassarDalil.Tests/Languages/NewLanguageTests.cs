using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Languages;

/// <summary>
/// A language is data: a fourth site (Spanish, a language with no analyser of its own) added with nothing but a line in
/// sites.yml, its page files and its texts.yml is served like the others, in every public page kind, the API, search
/// and the manager.
/// </summary>
public class NewLanguageTests
{
    private static SeedFolder SeedWithSpanish()
    {
        var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("sites.yml", "  - key: fr\n", "  - key: es\n    culture: es-ES\n    direction: ltr\n  - key: fr\n");
        foreach (var file in new[] { "home.md", "faq.md" })
        {
            seed.Write($"es/{file}", File.ReadAllText(seed.File($"en/{file}")));
        }
        seed.Write("es/texts.yml", File.ReadAllText(seed.File("en/texts.yml")));
        seed.Replace("es/texts.yml", "site.name: \"Massar Dalil\"", "site.name: \"Guía Massar\"");
        seed.Replace("es/texts.yml", "language.name: \"English\"", "language.name: \"Español\"");
        // A question in Spanish, with accents a visitor may type differently: the default analyser's folding finds it.
        seed.Replace("es/faq.md", "### Is the site free to use? {#free-to-use}", "### ¿Es gratuita la guía del código Massar? {#free-to-use}");
        return seed;
    }

    [Fact]
    public async Task AFourthSiteIsServedWithItsOwnWordsInEveryPageKindTheApiSearchAndTheManager()
    {
        using var seed = SeedWithSpanish();
        using var app = ManagerAccess.NewApp(new() { ["Content:SeedPath"] = seed.Path });
        var visitor = app.CreateVisitor();

        foreach (var path in new[] { "/es/", "/es/faq", "/es/faq/forgot-password", "/es/tools/average", "/es/search?q=password" })
        {
            var page = await Html.ParseAsync(await visitor.GetStringAsync(path));
            Assert.Equal(("es", "ltr"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
            Assert.Equal("Guía Massar", page.QuerySelector(".site-name")!.TextContent);
            var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")!).Order(StringComparer.Ordinal).ToList();
            // Search results are not for search engines: that page names no alternates.
            Assert.True(path.Contains("/search", StringComparison.Ordinal) ? alternates.Count == 0 : alternates.SequenceEqual(["ar", "en", "es", "fr", "x-default"]),
                $"{path}: {string.Join(", ", alternates)}");
        }
        var arabic = await Html.ParseAsync(await visitor.GetStringAsync("/ar/faq"));
        Assert.Equal("Español", arabic.QuerySelector("a.language-switch[hreflang=es]")!.TextContent);

        var sitemap = await visitor.GetSitemapAsync();
        Assert.Contains(sitemap, u => SitemapReader.PathOf(u.Loc) == "/es/faq" && u.Alternates.ContainsKey("fr") && u.Alternates.ContainsKey("ar"));

        using var root = new HttpRequestMessage(HttpMethod.Get, "/");
        root.Headers.AcceptLanguage.ParseAdd("es-MX,es;q=0.9");
        using var landed = await visitor.SendAsync(root);
        Assert.Equal("/es/", landed.Headers.Location?.OriginalString);

        using var sites = await visitor.GetJsonAsync("/api/v1/sites");
        Assert.Contains("es", sites.RootElement.GetProperty("sites").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        using var pages = await visitor.GetJsonAsync("/api/v1/es/pages");
        Assert.NotEmpty(pages.RootElement.GetProperty("pages").EnumerateArray());

        var found = await Html.ParseAsync(await visitor.GetStringAsync("/es/search?q=" + Uri.EscapeDataString("GRATUÍTA guia codigo")));
        Assert.Contains(found.QuerySelectorAll("#search-results .results li a"), a => a.GetAttribute("href")!.EndsWith("free-to-use", StringComparison.Ordinal));

        var dashboard = await (await app.SignedInAsync()).InEnglish().GetDocumentAsync("/manager");
        Assert.NotNull(dashboard.QuerySelector("#site-es"));
    }
}
