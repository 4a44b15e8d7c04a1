using System.Net;
using AngleSharp.Dom;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Cli;

/// <summary>
/// An import over a page an editor changed but did not publish: the seed wins, and the operator is told, whichever
/// part of the draft was changed (Page.HasUnpublishedChanges is the one rule for "the draft differs").
/// </summary>
public class ImportOverDraftTests
{
    private const string GuideFile = "en/guides/fees.md";
    private const string Warning = "this page had unpublished draft changes; the seed replaced them";

    [Theory]
    [InlineData("school-fees", "Fees")]
    [InlineData("fees", "What Massar costs")]
    [InlineData("school-fees", "What Massar costs")]
    public async Task AnImportOverAnUnpublishedDraftChangeWarnsAndTheManagerShowsItWaiting(string slug, string title)
    {
        using var guide = await PublishedGuide.ImportAsync();

        await guide.SaveDraftAsync(slug, title);

        Assert.Equal("Draft changes waiting", (await guide.Editor.GetDocumentAsync($"/manager/page/{guide.Id}")).QuerySelector(".status-line .state")!.TextContent);
        Assert.NotNull(DashboardCard(await guide.Editor.GetDocumentAsync("/manager"), guide.Id).QuerySelector(".state.waiting"));
        var result = await guide.ImportAgainAsync();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: {guide.Seed.File(GuideFile)}:1: {Warning}\n", result.Output, StringComparison.Ordinal);
        var stored = await guide.App.StoredPageAsync(guide.Id);
        Assert.Equal(("fees", "Fees"), (stored.Slug, stored.Draft.Title));
        Assert.Equal(("fees", "Fees"), (stored.PublishedRevision!.Slug, stored.PublishedRevision.Content.Title));
    }

    [Fact]
    public async Task AnImportOfTheAddressAlreadyInTheDraftPublishesItWithoutWarning()
    {
        using var guide = await PublishedGuide.ImportAsync();
        await guide.SaveDraftAsync("school-fees", "Fees");
        guide.Seed.Replace(GuideFile, "slug: fees", "slug: school-fees");

        var result = await guide.ImportAgainAsync();
        var again = await guide.ImportAgainAsync();

        Assert.DoesNotContain(Warning, result.Output, StringComparison.Ordinal);
        Assert.Contains("pages:     0 added, 1 changed, 6 unchanged, 0 removed", result.Output, StringComparison.Ordinal);
        Assert.Equal("school-fees", (await guide.App.StoredPageAsync(guide.Id)).PublishedRevision!.Slug);
        Assert.DoesNotContain(Warning, again.Output, StringComparison.Ordinal);
        Assert.EndsWith("nothing to change\n", again.Output, StringComparison.Ordinal);
    }

    private static IElement DashboardCard(IDocument dashboard, int pageId) =>
        dashboard.QuerySelectorAll(".page-card").Single(c => c.QuerySelector(".page-title")!.GetAttribute("href") == $"/manager/page/{pageId}");

    /// <summary>The real seed plus one English guide, imported and published, and an editor (in English) to change its draft.</summary>
    private sealed class PublishedGuide(MassarApp app, SeedFolder seed, HttpClient editor, int id) : IDisposable
    {
        public MassarApp App => app;
        public SeedFolder Seed => seed;
        public HttpClient Editor => editor;
        public int Id => id;

        public static async Task<PublishedGuide> ImportAsync()
        {
            var app = ManagerAccess.NewApp();
            var seed = SeedFolder.CopyOfRealSeed();
            seed.Write(GuideFile, "---\ntype: guide\nkey: fees\nslug: fees\ntitle: Fees\n---\n\nMassar is free.\n");
            await MassarCli.RunAsync(app.DatabasePath, "import", seed.Path);
            return new PublishedGuide(app, seed, (await app.EditorAsync()).InEnglish(), await app.PageIdAsync("en", PageType.Guide));
        }

        public async Task SaveDraftAsync(string slug, string title)
        {
            using var saved = await editor.SubmitAsync(await editor.GetDocumentAsync($"/manager/page/{id}"), "#page-form",
                new Dictionary<string, string> { ["Input.Slug"] = slug, ["Input.Title"] = title, ["command"] = "save" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        public Task<CliResult> ImportAgainAsync() => MassarCli.RunAsync(app.DatabasePath, "import", seed.Path);

        public void Dispose()
        {
            app.Dispose();
            seed.Dispose();
        }
    }
}
