using MassarDalil.Content.Navigation;

namespace MassarDalil.Web.Areas.Manager.Editing;

/// <summary>One entry of a menu in the form: a page chosen from the list, or an official link typed in.</summary>
public sealed class MenuItemInput
{
    public string? Page { get; set; }
    public string? Link { get; set; }
    public string? Label { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Page) && string.IsNullOrWhiteSpace(Link) && string.IsNullOrWhiteSpace(Label);
}

/// <summary>A group of guides on the home page in the form: its title, and its guides' keys one a line, in order.</summary>
public sealed class GroupInput
{
    public string? Title { get; set; }
    public string? Pages { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Pages);
}

/// <summary>
/// The navigation form: the header's and footer's entries and the home page's groups. Adding, removing and moving are
/// posted as commands (<c>add:Header</c>, <c>up:Footer:2</c>) and answered with the form again, so it works without
/// JavaScript; nothing is saved until the editor saves.
/// </summary>
public sealed class NavigationInput
{
    public const string HeaderList = "Header";
    public const string FooterList = "Footer";
    public const string GroupList = "Groups";

    public int Version { get; set; }
    public List<MenuItemInput> Header { get; set; } = [];
    public List<MenuItemInput> Footer { get; set; } = [];
    public List<GroupInput> Groups { get; set; } = [];

    public static NavigationInput From(NavigationMenu menu, int version) => new()
    {
        Version = version,
        Header = [.. menu.Header.Select(Item)],
        Footer = [.. menu.Footer.Select(Item)],
        Groups = [.. menu.Groups.Select(g => new GroupInput { Title = g.Title, Pages = string.Join('\n', g.Pages) })],
    };

    /// <summary>The menu typed, without the rows left empty (an added row not filled in is no entry).</summary>
    public NavigationMenu ToMenu()
    {
        Header.RemoveAll(i => i.IsEmpty);
        Footer.RemoveAll(i => i.IsEmpty);
        Groups.RemoveAll(g => g.IsEmpty);
        return new NavigationMenu([.. Header.Select(Entry)], [.. Footer.Select(Entry)],
            [.. Groups.Select(g => new NavigationGroup(g.Title?.Trim() ?? "",
                [.. (g.Pages ?? "").Split(['\n', ',', ' ', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]))]);
    }

    /// <summary>Carries out an add, remove or move command; false when <paramref name="command"/> is none of them.</summary>
    public bool Apply(string? command)
    {
        var parts = (command ?? "").Split(':');
        if (parts is ["add", var list] && Items(list) is { } items)
        {
            items.Add(new MenuItemInput());
            return true;
        }
        if (parts is ["add", GroupList])
        {
            Groups.Add(new GroupInput());
            return true;
        }
        if (parts is not [var verb, var name, var place] || !int.TryParse(place, out var at))
        {
            return false;
        }
        return name == GroupList ? Change(Groups, verb, at) : Items(name) is { } rows && Change(rows, verb, at);
    }

    private static bool Change<T>(List<T> rows, string verb, int at)
    {
        if (at < 0 || at >= rows.Count)
        {
            return true; // a stale form: nothing to do, shown again as it is
        }
        var to = verb switch { "up" => at - 1, "down" => at + 1, _ => at };
        if (verb == "remove")
        {
            rows.RemoveAt(at);
        }
        else if (to != at && to >= 0 && to < rows.Count)
        {
            (rows[at], rows[to]) = (rows[to], rows[at]);
        }
        return verb is "remove" or "up" or "down";
    }

    private List<MenuItemInput>? Items(string list) => list switch { HeaderList => Header, FooterList => Footer, _ => null };

    private static MenuItemInput Item(NavigationItem item) => new() { Page = item.Page, Link = item.Link, Label = item.Label };

    private static NavigationItem Entry(MenuItemInput input) => new(
        string.IsNullOrWhiteSpace(input.Page) ? null : input.Page.Trim(),
        string.IsNullOrWhiteSpace(input.Link) ? null : input.Link.Trim(),
        string.IsNullOrWhiteSpace(input.Label) ? null : input.Label.Trim());
}
