using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassarDalil.Web.PublicSite;

/// <summary>A guide (or any page with a Markdown body) at <c>/{lang}/{slug}</c>.</summary>
public sealed class ContentPageModel(PublishedContent content) : PublicPageModel(content)
{
    public PublishedPage Guide { get; private set; } = null!;

    /// <summary>The address was a guide's, now in the trash: the page says it was removed, with status 410.</summary>
    public bool Gone { get; private set; }

    private PageResult GonePage()
    {
        Gone = true;
        ShowStatus(StatusCodes.Status410Gone, "gone");
        // Browsers keep a 410 without Cache-Control for good (Chromium does); a restore must be seen at once.
        Response.Headers.CacheControl = "no-cache";
        return Page();
    }

    public async Task<IActionResult> OnGetAsync(string lang, string slug)
    {
        if (!await LoadSiteAsync(lang))
        {
            return NotFound();
        }
        if (Site.FindBySlug(slug) is not { } page || page.Type == PageType.Faq)
        {
            // An old address (a renamed guide, or one an editor added): 301 to where the page lives now, query kept.
            // A guide editors moved to the trash without a redirect: 410, so search engines drop it for good.
            return Site.FindRedirectTarget(slug) is { } target
                ? RedirectPermanent(PublicUrls.Page(target) + Request.QueryString)
                : Site.Gone.Contains(slug) ? GonePage()
                : NotFound();
        }
        Guide = page;
        PageTitle = $"{page.Title} | {SiteTitle}";
        MetaDescription = Describe(page.Description.Length > 0 ? page.Description : Tagline);
        OpenGraphType = "article";
        CanonicalPath = PublicUrls.Page(page);
        Alternates = AlternatesFor(s => s.FindByTranslationKey(page.TranslationKey) is { } other ? PublicUrls.Page(other) : null);
        return Page();
    }
}
