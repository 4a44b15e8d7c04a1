using System.Diagnostics.CodeAnalysis;

namespace MassarDalil.Content.Pages;

/// <summary>The page types the engine knows. Stored as their lower-case names.</summary>
public static class PageType
{
    public const string Home = "home";
    public const string Faq = "faq";
    public const string Guide = "guide";
    public const string Tool = "tool";

    /// <summary>
    /// A site's own words (<see cref="PageContent.Texts"/>): one per site, edited on the manager's "Site texts" page and
    /// read from <c>texts.yml</c>. Not a page visitors open, so not in <see cref="All"/> (the types a seed file may name).
    /// </summary>
    public const string Texts = "texts";

    /// <summary>
    /// A site's header, footer and home groups (<c>Navigation.NavigationMenu</c>), its body being its <c>navigation.yml</c>:
    /// one per site, edited on the manager's "Navigation" page. Like <see cref="Texts"/>, not a page visitors open.
    /// </summary>
    public const string Navigation = "navigation";

    /// <summary>Whether pages of this type are a site's settings (texts, navigation) rather than pages visitors open.</summary>
    public static bool IsSiteWide(string type) => type is Texts or Navigation;

    public static IReadOnlyList<string> All { get; } = [Home, Faq, Guide, Tool];

    public static bool IsKnown([NotNullWhen(true)] string? type) => type is not null && All.Contains(type);
}
