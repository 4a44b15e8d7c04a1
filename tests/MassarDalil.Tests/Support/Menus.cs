using System.Net;
using AngleSharp.Dom;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

/// <summary>
/// Changes a site's published navigation the way a publish from the manager would, and waits until visitors see it;
/// or posts the manager's navigation form as an editor does.
/// </summary>
public static class Menus
{
    /// <summary>Posts the navigation form with a command (add, move, remove, save, publish) and reads the page it answers with.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> NavigationCommandAsync(this HttpClient editor, IDocument form, string command, Dictionary<string, string>? values = null)
    {
        var response = await editor.SubmitAsync(form, "#navigation-form", new Dictionary<string, string>(values ?? []) { ["command"] = command });
        var page = response.StatusCode == HttpStatusCode.Redirect
            ? await editor.GetDocumentAsync(response.Location()!)
            : await Html.ParseAsync(await response.Content.ReadAsStringAsync(), form.Url);
        return (response, page);
    }

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
