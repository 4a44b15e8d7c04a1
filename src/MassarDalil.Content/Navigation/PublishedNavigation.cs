using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.SiteTexts;

namespace MassarDalil.Content.Navigation;

/// <summary>One entry of a menu as visitors see it: where it leads and what it says.</summary>
/// <param name="Host">An official link's domain, shown beside its label so visitors see where they are going; null for a page.</param>
public sealed record MenuLink(string Href, string Label, string? Host);

/// <summary>A group of guides on the home page, as published.</summary>
public sealed record GuideGroup(string Title, IReadOnlyList<PublishedPage> Guides);

/// <summary>
/// A site's published menus with every entry resolved against the published pages, built once per snapshot: an entry
/// naming a page that is not published (a draft, a trashed guide) is left out rather than leading to a 404.
/// </summary>
public sealed class PublishedNavigation(IReadOnlyList<MenuLink> header, IReadOnlyList<MenuLink> footer, IReadOnlyList<GuideGroup> groups, IReadOnlyList<PublishedPage> ungrouped)
{
    public IReadOnlyList<MenuLink> Header { get; } = header;
    public IReadOnlyList<MenuLink> Footer { get; } = footer;

    /// <summary>The editors' groups of guides, in order; empty groups (every guide unpublished) are left out.</summary>
    public IReadOnlyList<GuideGroup> Groups { get; } = groups;

    /// <summary>Published guides in no group, in their page order.</summary>
    public IReadOnlyList<PublishedPage> Ungrouped { get; } = ungrouped;

    public static PublishedNavigation Empty { get; } = new([], [], [], []);

    /// <summary>
    /// The menus of a site, from its published navigation page, or when it has none the menus the site always had (the
    /// FAQ in the header, the two official portals in the footer), so a seed without <c>navigation.yml</c> looks as before.
    /// </summary>
    public static PublishedNavigation Build(string siteKey, NavigationMenu? menu, IReadOnlyList<PublishedPage> pages, SiteTextSet texts)
    {
        menu ??= Default(texts);
        var byKey = pages.GroupBy(p => p.TranslationKey).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var guides = pages.Where(p => p.Type == PageType.Guide).ToList();
        var groups = menu.Groups.Select(g => new GuideGroup(g.Title,
                [.. g.Pages.Select(byKey.GetValueOrDefault).OfType<PublishedPage>().Where(p => p.Type == PageType.Guide)]))
            .Where(g => g.Guides.Count > 0).ToList();
        var grouped = groups.SelectMany(g => g.Guides).Select(p => p.PageId).ToHashSet();
        return new PublishedNavigation(Links(menu.Header), Links(menu.Footer), groups, [.. guides.Where(g => !grouped.Contains(g.PageId))]);

        List<MenuLink> Links(IReadOnlyList<NavigationItem> items) => [.. items.Select(Link).OfType<MenuLink>()];

        MenuLink? Link(NavigationItem item)
        {
            if (item.Link is { } link)
            {
                var host = new Uri(link).Host;
                return new MenuLink(link, item.Label ?? "", host);
            }
            return byKey.GetValueOrDefault(item.Page ?? "") is { } page
                ? new MenuLink(ContentUrls.Page(siteKey, page.Type == PageType.Home ? "" : page.Slug), item.Label ?? page.Title, null)
                : null;
        }
    }

    /// <summary>What the header and footer held before editors could choose, in the site's words.</summary>
    public static NavigationMenu Default(SiteTextSet texts) => new(
        [new NavigationItem("faq", null, texts["header.faq-link"])],
        [
            new NavigationItem(null, "https://moutamadris.men.gov.ma", texts["footer.student-portal"]),
            new NavigationItem(null, "https://massarservice.men.gov.ma", texts["footer.massar-portal"]),
        ],
        []);
}
