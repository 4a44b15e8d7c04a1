namespace MassarDalil.Content.Navigation;

/// <summary>
/// One entry of a menu: a page of the same site by its translation key (<see cref="Page"/>), or an official address
/// (<see cref="Link"/>); never both. <see cref="Label"/> is optional: a page's title, or a link's domain, shows without it.
/// </summary>
/// <param name="Line">Where the entry starts in <c>navigation.yml</c>, for problems found later (0 outside a file).</param>
public sealed record NavigationItem(string? Page, string? Link, string? Label, int Line = 0)
{
    public bool Equals(NavigationItem? other) => other is not null && Page == other.Page && Link == other.Link && Label == other.Label;

    public override int GetHashCode() => HashCode.Combine(Page, Link, Label);
}

/// <summary>A group of guides on the home page: its title in the site's language and its pages' keys in order.</summary>
public sealed record NavigationGroup(string Title, IReadOnlyList<string> Pages, int Line = 0)
{
    public bool Equals(NavigationGroup? other) => other is not null && Title == other.Title && Pages.SequenceEqual(other.Pages, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Title, Pages.Count);
}

/// <summary>
/// A site's navigation as editors arrange it: the header's and the footer's entries in order, and the groups of guides
/// its home page shows (guides in no group follow them, in their page order).
/// </summary>
public sealed record NavigationMenu(IReadOnlyList<NavigationItem> Header, IReadOnlyList<NavigationItem> Footer, IReadOnlyList<NavigationGroup> Groups)
{
    public static NavigationMenu Empty { get; } = new([], [], []);

    public bool Equals(NavigationMenu? other) =>
        other is not null && Header.SequenceEqual(other.Header) && Footer.SequenceEqual(other.Footer) && Groups.SequenceEqual(other.Groups);

    public override int GetHashCode() => HashCode.Combine(Header.Count, Footer.Count, Groups.Count);

    /// <summary>This menu with one of its lists (<see cref="NavigationFile.Lists"/>) taken from <paramref name="other"/>.</summary>
    public NavigationMenu WithList(string list, NavigationMenu other) => list switch
    {
        "header" => this with { Header = other.Header },
        "footer" => this with { Footer = other.Footer },
        _ => this with { Groups = other.Groups },
    };

    /// <summary>Every page key the menu names, with the line naming it.</summary>
    public IEnumerable<(string Key, int Line)> PageKeys =>
        Header.Concat(Footer).Where(i => i.Page is not null).Select(i => (i.Page!, i.Line))
            .Concat(Groups.SelectMany(g => g.Pages.Select(p => (p, g.Line))));
}
