using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

/// <summary>Changes content the way an editor would: edit the draft, then publish or unpublish it.</summary>
public static class ContentChanges
{
    /// <summary>Edits a page's draft without publishing it.</summary>
    public static Task EditDraftAsync(this MassarApp app, string site, string key, Func<PageContent, PageContent> edit) =>
        app.WithDbAsync(async db =>
        {
            var page = await db.Pages.SingleAsync(p => p.SiteKey == site && p.TranslationKey == key);
            page.Draft = edit(page.Draft);
            page.DraftVersion++;
            await db.SaveChangesAsync();
            return true;
        });

    /// <summary>Edits the draft and publishes it, then lets this server see it (as the manager does).</summary>
    public static async Task PublishAsync(this MassarApp app, string site, string key, Func<PageContent, PageContent> edit)
    {
        await app.PublishUnseenAsync(site, key, edit);
        await app.Services.GetRequiredService<PublishedContent>().RefreshAsync();
    }

    /// <summary>Edits the draft and publishes it, as another server would: stored, and this one has not looked yet.</summary>
    public static Task PublishUnseenAsync(this MassarApp app, string site, string key, Func<PageContent, PageContent> edit) =>
        app.WithDbAsync(async (db, services) =>
        {
            var page = await db.Pages.SingleAsync(p => p.SiteKey == site && p.TranslationKey == key);
            page.Draft = edit(page.Draft);
            page.DraftVersion++;
            await services.GetRequiredService<Publisher>().StagePublishAsync(page, "test");
            await db.SaveChangesAsync();
            return true;
        });

    public static async Task UnpublishAsync(this MassarApp app, string site, string key)
    {
        await app.WithDbAsync(async (db, services) =>
        {
            var page = await db.Pages.SingleAsync(p => p.SiteKey == site && p.TranslationKey == key);
            await services.GetRequiredService<Publisher>().StageUnpublishAsync(page, "test");
            await db.SaveChangesAsync();
            return true;
        });
        await app.Services.GetRequiredService<PublishedContent>().RefreshAsync();
    }

    /// <summary>The content with the first question's answer replaced.</summary>
    public static PageContent WithFirstAnswer(this PageContent content, string answer) => content with
    {
        Topics = content.Topics.Select((t, i) => i > 0 ? t : t with
        {
            Questions = t.Questions.Select((q, j) => j > 0 ? q : q with { Answer = answer }).ToList(),
        }).ToList(),
    };
}
