using System.Net;
using MassarDalil.Content.Import;
using MassarDalil.Content.Redirects;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Import;

/// <summary>Editors' redirects travel with the seed export (<c>{site}/redirects.yml</c>); renames' redirects do not.</summary>
public class RedirectsSeedTests
{
    [Fact]
    public async Task ManualRedirectsAreExportedAndImportedIntoAnotherDatabase()
    {
        using var source = ManagerAccess.NewApp();
        var editor = await source.EditorAsync();
        var guide = await editor.CreateAndPublishGuideAsync("ar", "تفعيل-الحساب");
        await editor.PublishGuideAtAsync(await editor.CreateAndPublishGuideAsync("ar", "renamed-a", translationKey: "renamed"), "renamed-b");
        await source.WithDbAsync(async (_, services) =>
            (await services.GetRequiredService<RedirectStore>().AddAsync("ar", "تفعيل", guide, "editor")).Saved);
        using var export = SeedFolder.Empty();
        await source.WithDbAsync((_, services) => services.GetRequiredService<SeedExporter>().ExportAsync(export.Path));

        Assert.Equal("# Old addresses of this site and the page each leads to (301).\nتفعيل: تفعيل-الحساب\n",
            await File.ReadAllTextAsync(export.File(Path.Combine("ar", RedirectsFile.FileName))));
        using var target = new MassarApp();
        var read = SeedFolderReader.Read(export.Path);
        Assert.True(read.IsValid, string.Join('\n', read.Errors));
        var first = await target.WithDbAsync((_, services) => services.GetRequiredService<SeedImporter>().ImportAsync(read.Set!, "import"));
        var second = await target.WithDbAsync((_, services) => services.GetRequiredService<SeedImporter>().ImportAsync(read.Set!, "import"));
        await target.Services.GetRequiredService<MassarDalil.Content.Published.PublishedContent>().RefreshAsync();

        Assert.Equal((1, 0), (first.Redirects.Added, second.Redirects.Touched));
        using var response = await target.CreateVisitor().GetAsync("/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%84");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/ar/%D8%AA%D9%81%D8%B9%D9%8A%D9%84-%D8%A7%D9%84%D8%AD%D8%B3%D8%A7%D8%A8", response.Location());
        Assert.Equal([RedirectKinds.Manual], await target.WithDbAsync(db => db.Redirects.Select(r => r.Kind).ToListAsync()));
    }

    [Theory]
    [InlineData("old: missing-page", "no page of the site 'en' has the address 'missing-page'")]
    [InlineData("faq: faq", "both must be page addresses")]
    [InlineData("Old: faq", "both must be page addresses")]
    [InlineData("faq-old faq", "write each redirect as 'old-slug: page-slug'")]
    [InlineData("old: faq\nold: faq", "'old' already redirects above")]
    public void ABadRedirectLineIsReportedWithItsFileAndLine(string text, string message)
    {
        using var seed = SeedFolder.CopyOfRealSeed();
        File.WriteAllText(seed.File(Path.Combine("en", RedirectsFile.FileName)), text);

        var read = SeedFolderReader.Read(seed.Path);

        var problem = Assert.Single(read.Errors);
        Assert.Equal(seed.File(Path.Combine("en", RedirectsFile.FileName)), problem.File);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
