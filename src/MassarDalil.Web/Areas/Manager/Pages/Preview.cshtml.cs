using MassarDalil.Content.Data;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>
/// A page's saved draft exactly as visitors will see it once published: the public layout and
/// templates, fed a page rendered from the draft. Only editors reach it; never cached or indexed.
/// </summary>
/// <remarks>
/// The public pages' output-cache policy comes with the base class; this page says no-store itself rather than
/// rely on the sign-in cookie keeping its response out of the cache (the cache runs before sign-in is read, so
/// a stored draft would be served to anyone).
/// </remarks>
[OutputCache(NoStore = true)]
public sealed class PreviewModel(ContentDbContext db, PublishedContent content) : PublicPageModel(content)
{
    private readonly PublishedContent _content = content;

    public PublishedPage Draft { get; private set; } = null!;
    public string EditPath { get; private set; } = "";

    /// <summary>The page is a site's texts or navigation: the site's published home is shown, in the draft's words or menus.</summary>
    public bool TextsPreview { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var page = await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (page is null || !await LoadSiteAsync(page.SiteKey))
        {
            return NotFound();
        }
        EditPath = ManagerLinks.Edit(page.Id, page.Type);
        if (PageType.IsSiteWide(page.Type))
        {
            if (Site.Home is not { } home)
            {
                return NotFound();
            }
            TextsPreview = true;
            if (page.Type == PageType.Texts)
            {
                // The draft's words, and for a key it lacks the default site's published word, as the snapshot would give.
                Texts = new SiteTextSet(page.Draft.Texts, Snapshot.Default?.Texts.Own ?? new Dictionary<string, string>());
            }
            else
            {
                // The draft's menus and groups, resolved against the published pages as the snapshot would.
                Navigation = PublishedNavigation.Build(page.SiteKey, NavigationFile.Read(page.Draft.Body), Site.Pages, Texts);
            }
            Draft = home;
            PageTitle = home.Title;
            MetaDescription = Texts["site.tagline"];
            CanonicalPath = PublicUrls.Home(page.SiteKey);
            Alternates = AlternatesFor(s => PublicUrls.Home(s.Site.Key));
            return Page();
        }
        Draft = _content.RenderDraft(page, Site.Site.IsRightToLeft);
        PageTitle = page.Type == PageType.Home ? Draft.Title : $"{Draft.Title} | {SiteTitle}";
        MetaDescription = Draft.Description;
        CanonicalPath = ManagerLinks.Public(page.SiteKey, page.Type, page.Slug);
        Alternates = AlternatesFor(s => s.FindByTranslationKey(page.TranslationKey) is { } other
            ? ManagerLinks.Public(s.Site.Key, other.Type, other.Slug) : null);
        return Page();
    }
}
