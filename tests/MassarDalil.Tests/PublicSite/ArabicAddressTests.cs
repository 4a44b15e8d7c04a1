using System.Net;
using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.PublicSite;

/// <summary>An Arabic address (تفعيل-الحساب) from the manager to the visitor, the sitemap, the API and the export.</summary>
public class ArabicAddressTests
{
    private const string Slug = "تفعيل-الحساب";
    private const string Encoded = "%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8";

    [Fact]
    public async Task AGuideWithAnArabicAddressIsServedLinkedAndListedPercentEncoded()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        await editor.CreateAndPublishGuideAsync("ar", Slug, "تفعيل الحساب", translationKey: "activate-account");
        await editor.CreateAndPublishGuideAsync("en", "activate-account", "Activating the account");
        var visitor = app.CreateVisitor();

        var page = await visitor.GetDocumentAsync($"/ar/{Encoded}");
        Assert.Equal("تفعيل الحساب", page.QuerySelector("h1")!.TextContent);
        Assert.Equal($"http://localhost/ar/{Encoded}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal($"http://localhost/ar/{Encoded}", page.QuerySelector("link[rel=alternate][hreflang=ar]")!.GetAttribute("href"));
        var english = await visitor.GetDocumentAsync("/en/activate-account");
        Assert.Equal($"http://localhost/ar/{Encoded}", english.QuerySelector("link[rel=alternate][hreflang=ar]")!.GetAttribute("href"));

        var sitemap = await visitor.GetSitemapAsync();
        var entry = sitemap.Single(u => u.Loc == $"http://localhost/ar/{Encoded}");
        Assert.Equal("http://localhost/en/activate-account", entry.Alternates["en"]);

        using var api = await visitor.GetAsync($"/api/v1/ar/pages/{Encoded}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains($"\"url\":\"/ar/{Encoded}\"", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArabicAddressRoundTripsThroughTheSeedExport()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        await editor.CreateAndPublishGuideAsync("ar", Slug, "تفعيل الحساب");
        using var export = SeedFolder.Empty();

        await app.WithDbAsync((_, services) => services.GetRequiredService<SeedExporter>().ExportAsync(export.Path));

        var read = SeedFolderReader.Read(export.Path);
        Assert.True(read.IsValid, string.Join('\n', read.Errors));
        var guide = read.Set!.Pages.Single(p => p.Type == "guide");
        Assert.Equal((Slug, "tfayl-alhsab"), (guide.Slug, guide.TranslationKey));
        Assert.True(File.Exists(export.File(Path.Combine("ar", "guides", Slug + ".md"))));
    }

    [Fact]
    public async Task RenamingAnArabicGuideRedirectsItsOldEncodedAddress()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await editor.CreateAndPublishGuideAsync("ar", "تفعيل-حساب", "تفعيل الحساب");

        await editor.PublishGuideAtAsync(id, Slug);

        using var response = await app.CreateVisitor().GetAsync("/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%AD%D8%B3%D8%A7%D8%A8?a=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/ar/{Encoded}?a=1", response.Location());
        Assert.Equal(Slug, await app.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync()));
    }

    [Fact]
    public async Task AnAddressTypedDecomposedIsStoredInNfc()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var decomposed = "créer-un-compte".Normalize(System.Text.NormalizationForm.FormD);

        var id = await editor.CreateAndPublishGuideAsync("en", decomposed, translationKey: "create-account");

        Assert.Equal("créer-un-compte", await app.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync()));
        using var response = await app.CreateVisitor().GetAsync("/en/cr%C3%A9er-un-compte");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
