using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

/// <summary>Publishes a guide page the way the manager would, and waits until visitors can see it.</summary>
public static class Guides
{
    public static async Task PublishAsync(this MassarApp app, string language, string slug, string title, string body, string translationKey, string description = "")
    {
        await app.WithDbAsync(async (db, services) =>
        {
            var page = new Page
            {
                SiteKey = language,
                Type = PageType.Guide,
                Slug = slug,
                TranslationKey = translationKey,
                SortOrder = 10,
                Draft = new PageContent { Title = title, Description = description, Body = body },
            };
            db.Pages.Add(page);
            await db.SaveChangesAsync(); // the page first: its revision and its published pointer refer to each other
            await services.GetRequiredService<Publisher>().StagePublishAsync(page, "test");
            await db.SaveChangesAsync();
            return 0;
        });
        await app.Services.GetRequiredService<PublishedContent>().RefreshAsync();
    }
}
