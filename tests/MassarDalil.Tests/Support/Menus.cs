using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

/// <summary>Changes a site's published navigation the way a publish from the manager would, and waits until visitors see it.</summary>
public static class Menus
{
    public static async Task PublishNavigationAsync(this MassarApp app, string site, Func<NavigationMenu, NavigationMenu> change)
    {
        await app.WithDbAsync(async (db, services) =>
        {
            var navigation = await db.Pages.Include(p => p.PublishedRevision).SingleAsync(p => p.SiteKey == site && p.Type == PageType.Navigation);
            navigation.Draft = NavigationPage.Content(change(NavigationFile.Read(navigation.Draft.Body)));
            await services.GetRequiredService<Publisher>().StagePublishAsync(navigation, "test");
            await db.SaveChangesAsync();
            return 0;
        });
        await app.Services.GetRequiredService<PublishedContent>().RefreshAsync();
    }
}
