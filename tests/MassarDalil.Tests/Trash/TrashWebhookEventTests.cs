using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Trash;

/// <summary>Webhook receivers hear of a published guide leaving the site through the trash, coming back, and being deleted.</summary>
public class TrashWebhookEventTests
{
    [Fact]
    public async Task TrashingRestoringAndDeletingAPublishedGuideWriteTheirContentEventsInOrder()
    {
        using var app = ManagerAccess.NewApp();
        await app.PublishAsync("en", "activate", "Activating your account", "The steps.", "activate");
        var id = await app.WithDbAsync(db => db.Pages.Where(p => p.TranslationKey == "activate" && p.SiteKey == "en").Select(p => p.Id).SingleAsync());
        var editor = (await app.EditorAsync()).InEnglish();
        var admin = (await app.SignedInAsync()).InEnglish();

        using var trashed = await editor.SubmitAsync(await editor.GetDocumentAsync($"/manager/page/{id}"), "#trash-form", new Dictionary<string, string> { ["redirectTo"] = "0" });
        using var restored = await editor.SubmitAsync(await editor.GetDocumentAsync("/manager/trash"), $"#trashed-{id} form[action*='handler=Restore']");
        using var trashedAgain = await editor.SubmitAsync(await editor.GetDocumentAsync($"/manager/page/{id}"), "#trash-form", new Dictionary<string, string> { ["redirectTo"] = "0" });
        using var deleted = await admin.SubmitAsync(await admin.GetDocumentAsync("/manager/trash"), $"#trashed-{id} form[action*='handler=Delete']");

        var events = await app.WithDbAsync(db => db.ContentEvents.AsNoTracking().Where(e => e.PageKey == "activate")
            .OrderBy(e => e.Id).Select(e => new { e.Type, e.Slug, e.Title, e.Revision, e.Actor }).ToListAsync());
        Assert.Equal(
            [ContentEventTypes.PagePublished, ContentEventTypes.PageTrashed, ContentEventTypes.PageRestored, ContentEventTypes.PageTrashed, ContentEventTypes.PageDeleted],
            events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal(("activate", "Activating your account"), (e.Slug, e.Title)));
        Assert.Equal([1, null, 1, null, null], events.Select(e => e.Revision));
        Assert.Equal([ManagerAccess.EditorEmail, ManagerAccess.EditorEmail, ManagerAccess.EditorEmail, ManagerAccess.AdminEmail], events.Skip(1).Select(e => e.Actor));
    }

    [Fact]
    public async Task ADraftNobodySawTellsReceiversNothingWhenTrashedOrDeleted()
    {
        using var app = ManagerAccess.NewApp();
        await app.PublishAsync("en", "activate", "Activating your account", "The steps.", "activate");
        var id = await app.WithDbAsync(async (db, services) =>
        {
            var page = await db.Pages.SingleAsync(p => p.TranslationKey == "activate" && p.SiteKey == "en");
            await services.GetRequiredService<PageEditor>().UnpublishAsync(page.Id, "editor@example.org");
            return page.Id;
        });
        var before = await app.WithDbAsync(db => db.ContentEvents.CountAsync());
        var admin = (await app.SignedInAsync()).InEnglish();

        using var trashed = await admin.SubmitAsync(await admin.GetDocumentAsync($"/manager/page/{id}"), "#trash-form", new Dictionary<string, string> { ["redirectTo"] = "0" });
        using var deleted = await admin.SubmitAsync(await admin.GetDocumentAsync("/manager/trash"), $"#trashed-{id} form[action*='handler=Delete']");

        Assert.False(await app.WithDbAsync(db => db.Pages.AnyAsync(p => p.Id == id)));
        Assert.Equal(before, await app.WithDbAsync(db => db.ContentEvents.CountAsync()));
    }
}
