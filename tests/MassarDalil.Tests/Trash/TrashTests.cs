using System.Net;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Trash;

/// <summary>
/// A guide moved to the trash leaves everything visitors read, its address answering 410 or a 301 as the editor chose;
/// it comes back as it was, and only an Admin deletes it for good.
/// </summary>
public class TrashTests
{
    private const string Title = "Activating your account step by step";
    private const string Word = "zanzibarian"; // a word only this guide holds, to find it in search

    /// <summary>A published English guide that is also in the header.</summary>
    private static async Task<(MassarApp App, int Id)> GuideInTheHeaderAsync()
    {
        var app = ManagerAccess.NewApp();
        await app.PublishAsync("en", "activate", Title, $"The {Word} steps.", "activate");
        await app.PublishNavigationAsync("en", menu => menu with { Header = [.. menu.Header, new NavigationItem("activate", null, null)] });
        return (app, await app.WithDbAsync(db => db.Pages.Where(p => p.TranslationKey == "activate").Select(p => p.Id).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> TrashAsync(HttpClient editor, int id, int redirectTo = 0)
    {
        var form = await editor.GetDocumentAsync($"/manager/page/{id}");
        return await editor.SubmitAsync(form, "#trash-form", new Dictionary<string, string> { ["redirectTo"] = $"{redirectTo}" });
    }

    /// <summary>Presses a guide's Restore or Delete button on the trash page.</summary>
    private static async Task<HttpResponseMessage> OnTheTrashPageAsync(HttpClient user, int id, string handler)
    {
        var trash = await user.GetDocumentAsync("/manager/trash");
        return await user.SubmitAsync(trash, $"#trashed-{id} form[action*='handler={handler}']");
    }

    /// <summary>The text without the isolates that keep a Latin address whole in an Arabic sentence.</summary>
    private static string Unisolated(string text) => text.Replace("\u2066", "", StringComparison.Ordinal).Replace("\u2069", "", StringComparison.Ordinal);

    [Fact]
    public async Task ATrashedGuideAnswers410AndLeavesTheMenusSitemapSearchAndApiThenComesBackAsItWas()
    {
        var (app, id) = await GuideInTheHeaderAsync();
        using var disposeApp = app;
        var editor = (await app.EditorAsync()).InEnglish();
        var visitor = app.CreateVisitor();
        Assert.Contains("/en/activate", (await visitor.GetDocumentAsync("/en/")).QuerySelector(".site-nav")!.InnerHtml, StringComparison.Ordinal);

        using var trashed = await TrashAsync(editor, id);

        Assert.Equal("/manager/trash", trashed.Location());
        using var gone = await visitor.GetAsync("/en/activate");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.True(gone.Headers.CacheControl?.NoCache, "a browser would keep the 410 after a restore");
        var page = await Html.ParseAsync(await gone.Content.ReadAsStringAsync());
        Assert.Equal("This page is no longer here", page.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("meta[name=robots][content=noindex]"));
        Assert.DoesNotContain("/en/activate", (await visitor.GetDocumentAsync("/en/")).QuerySelector(".site-nav")!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("/en/activate", await visitor.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("activate", await visitor.GetStringAsync("/api/v1/en/pages"), StringComparison.Ordinal);
        using var goneFromApi = await visitor.GetAsync("/api/v1/en/pages/activate");
        Assert.Equal((HttpStatusCode.Gone, "application/problem+json"), (goneFromApi.StatusCode, goneFromApi.Content.Headers.ContentType?.MediaType));
        Assert.True(goneFromApi.Headers.CacheControl?.NoCache, "a client would keep the 410 after a restore");
        // The index is rebuilt in the background from the new snapshot.
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10),
            async () => !(await visitor.GetStringAsync($"/en/search?q={Word}")).Contains(Title, StringComparison.Ordinal)), "still found by search");
        var listed = await editor.GetDocumentAsync("/manager/trash");
        Assert.Contains("/en/activate now says the page was removed (410).", Unisolated(listed.QuerySelector($"#trashed-{id}")!.TextContent), StringComparison.Ordinal);
        Assert.Null(listed.QuerySelector($"#trashed-{id} button.danger")); // an editor cannot delete for good

        using var restored = await OnTheTrashPageAsync(editor, id, "Restore");

        Assert.Equal($"/manager/page/{id}", restored.Location());
        Assert.Contains(Title, await visitor.GetStringAsync("/en/activate"), StringComparison.Ordinal);
        Assert.Contains(Title, await visitor.GetStringAsync("/api/v1/en/pages/activate"), StringComparison.Ordinal);
        Assert.Contains("/en/activate", (await visitor.GetDocumentAsync("/en/")).QuerySelector(".site-nav")!.InnerHtml, StringComparison.Ordinal);
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10),
            async () => (await visitor.GetStringAsync($"/en/search?q={Word}")).Contains(Title, StringComparison.Ordinal)), "not found by search again");
        var stored = await app.StoredPageAsync(id);
        Assert.Equal((null, 1), (stored.TrashedAt, stored.PublishedRevision!.Number));
        var actions = await app.WithDbAsync(db => db.Audit.Where(a => a.Target == "en/activate" && a.Actor == ManagerAccess.EditorEmail).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Trash, AuditActions.TrashRestore], actions);
    }

    [Fact]
    public async Task ARedirectChosenWhenTrashingAnswers301UntilTheGuideIsRestored()
    {
        var (app, id) = await GuideInTheHeaderAsync();
        using var disposeApp = app;
        var editor = (await app.EditorAsync()).InEnglish();
        var visitor = app.CreateVisitor();
        var faq = await app.PageIdAsync("en");

        using var trashed = await TrashAsync(editor, id, redirectTo: faq);

        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        using var moved = await visitor.GetAsync("/en/activate?from=mail");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/en/faq?from=mail", moved.Location());
        Assert.Contains("/en/activate now leads to /en/faq.", Unisolated(await editor.GetStringAsync("/manager/trash")), StringComparison.Ordinal);

        using var restored = await OnTheTrashPageAsync(editor, id, "Restore");

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/en/activate")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Redirects.CountAsync(r => r.FromSlug == "activate")));
    }

    [Fact]
    public async Task OnlyAnAdminDeletesATrashedGuideForGood()
    {
        var (app, id) = await GuideInTheHeaderAsync();
        using var disposeApp = app;
        var editor = (await app.EditorAsync()).InEnglish();
        using var trashed = await TrashAsync(editor, id);
        var trash = await editor.GetDocumentAsync("/manager/trash");

        using var refused = await editor.PostAsync($"/manager/trash?handler=Delete&id={id}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", trash.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));

        Assert.Contains("/manager/denied", refused.Location(), StringComparison.Ordinal); // the manager's "not allowed" page
        Assert.Equal(1, await app.WithDbAsync(db => db.Pages.CountAsync(p => p.Id == id)));
        var admin = (await app.SignedInAsync()).InEnglish();

        using var deleted = await OnTheTrashPageAsync(admin, id, "Delete");

        Assert.Equal("/manager/trash", deleted.Location());
        Assert.Equal(0, await app.WithDbAsync(db => db.Pages.CountAsync(p => p.Id == id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Revisions.CountAsync(r => r.PageId == id)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateVisitor().GetAsync("/en/activate")).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == AuditActions.TrashDelete && a.Actor == ManagerAccess.AdminEmail)));
    }

    [Theory]
    [InlineData(PageType.Faq)]
    [InlineData(PageType.Home)]
    public async Task TheHomeAndTheFaqCannotBeTrashed(string type)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var id = await app.PageIdAsync("en", type);
        var dashboard = await editor.GetDocumentAsync("/manager"); // for an antiforgery token: the layout's forms carry one

        using var refused = await editor.PostAsync($"/manager/trash?handler=Move&id={id}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", dashboard.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), new("redirectTo", "0")]));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Null((await app.StoredPageAsync(id)).TrashedAt);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateVisitor().GetAsync(type == PageType.Faq ? "/en/faq" : "/en/")).StatusCode);
    }
}
