using MassarDalil.Content.Import;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Published;
using MassarDalil.Content.Trash;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Navigation;

/// <summary>The export carries each site's navigation.yml and leaves the trash out; the folder imports into another site as it was.</summary>
public class NavigationExportTests
{
    [Fact]
    public async Task MenusAndGroupsTravelWithTheExportAndATrashedGuideDoesNot()
    {
        using var source = ManagerAccess.NewApp();
        await source.PublishAsync("en", "activate", "Activating your account", "Steps.", "activate");
        await source.PublishAsync("en", "old-guide", "An old guide", "Old.", "old-guide");
        await source.PublishNavigationAsync("en", menu => menu with
        {
            Header = [.. menu.Header, new NavigationItem("activate", null, "Activate")],
            Groups = [new NavigationGroup("Start here", ["activate"])],
        });
        var trashed = await source.WithDbAsync(async (db, services) =>
            await services.GetRequiredService<PageTrash>().TrashAsync(db.Pages.Single(p => p.TranslationKey == "old-guide").Id, null, "editor"));
        using var export = SeedFolder.Empty();

        await source.WithDbAsync((_, services) => services.GetRequiredService<SeedExporter>().ExportAsync(export.Path));

        Assert.Equal(TrashStatus.Trashed, trashed);
        var file = await File.ReadAllTextAsync(export.File(Path.Combine("en", NavigationFile.FileName)));
        Assert.Contains("header:\n  - page: faq\n    label: \"FAQ\"\n  - page: activate\n    label: \"Activate\"\nfooter:\n", file, StringComparison.Ordinal);
        Assert.Contains("home:\n  - title: \"Start here\"\n    pages: [activate]\n", file, StringComparison.Ordinal);
        Assert.True(File.Exists(export.File(Path.Combine("en", "guides", "activate.md"))));
        Assert.False(File.Exists(export.File(Path.Combine("en", "guides", "old-guide.md"))));
        var read = SeedFolderReader.Read(export.Path);
        Assert.True(read.IsValid, string.Join('\n', read.Errors));
        using var target = new MassarApp();
        await target.WithDbAsync((_, services) => services.GetRequiredService<SeedImporter>().ImportAsync(read.Set!, "import"));
        await target.Services.GetRequiredService<PublishedContent>().RefreshAsync();
        var home = await target.CreateVisitor().GetDocumentAsync("/en/");
        Assert.Equal(["/en/faq", "/en/activate"], home.QuerySelectorAll(".site-nav a:not(.language-switch)").Select(a => a.GetAttribute("href")));
        Assert.Equal("Start here", home.QuerySelector("section.guides h2")!.TextContent);
    }
}
