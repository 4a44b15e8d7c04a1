using MassarDalil.Content.Published;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Pages.Front;

public sealed class HomeModel(PublishedContent content) : PublicPageModel(content)
{
    public PublishedPage Home { get; private set; } = null!;
    public PublishedPage? Faq { get; private set; }

    public async Task<IActionResult> OnGetAsync(string lang)
    {
        if (!await LoadSiteAsync(lang) || Site.Home is not { } home)
        {
            return NotFoundPage();
        }
        Home = home;
        Faq = Site.Faq;
        PageTitle = home.Title;
        MetaDescription = home.Description.Length > 0 ? home.Description : Site.Site.Tagline;
        CanonicalPath = $"/{lang}/";
        Alternates = AlternatesFor(s => s.Home is null ? null : $"/{s.Site.Key}/");
        return Page();
    }
}
