using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Publishing;

public class PageEditorEventTests
{
    [Fact]
    public async Task UnpublishingFromTheManagerRaisesTheEventWebhooksDeliver()
    {
        using var app = new MassarApp();

        var (unpublished, events) = await app.WithDbAsync(async (db, services) =>
        {
            var page = await db.Pages.SingleAsync(p => p.SiteKey == "en" && p.TranslationKey == "faq");
            var done = await services.GetRequiredService<PageEditor>().UnpublishAsync(page.Id, "editor@example.org");
            var events = await db.ContentEvents.AsNoTracking()
                .Where(e => e.Type == ContentEventTypes.PageUnpublished && e.SiteKey == "en" && e.PageKey == "faq").CountAsync();
            return (done, events);
        });

        Assert.True(unpublished);
        Assert.Equal(1, events);
    }
}
