using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Navigation;

/// <summary>
/// How a site's navigation is stored: one page of type <see cref="PageType.Navigation"/> per site whose body is its
/// <c>navigation.yml</c>, so drafts, merging, publishing, revisions, diffs, restore and audit are the pages' own.
/// </summary>
public static class NavigationPage
{
    /// <summary>Its translation key and slug: an underscore no guide's key or address can have (as the texts page's).</summary>
    public const string Key = "_navigation";

    /// <summary>The page content holding <paramref name="menu"/>: no title, the menu as its body.</summary>
    public static PageContent Content(NavigationMenu menu) => new() { Title = "", Body = NavigationFile.Write(menu) };
}
