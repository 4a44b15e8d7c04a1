using MassarDalil.Content.Published;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.PublicSite;

public sealed class HomeModel(PublishedContent content) : PublicPageModel(content)
{
    public async Task<IActionResult> OnGetAsync(string lang)
    {
        if (!await LoadSiteAsync(lang) || Site.Home is not { } home)
        {
            return NotFound();
        }
        PageTitle = home.Title;
        MetaDescription = Describe(home.Description.Length > 0 ? home.Description : Tagline);
        CanonicalPath = PublicUrls.Home(lang);
        Alternates = AlternatesFor(s => s.Home is null ? null : PublicUrls.Home(s.Site.Key));
        return Page();
    }
}
