using System.Globalization;
using System.Text;
using MassarDalil.Content.Import;
using MassarDalil.Content.Problems;
using YamlDotNet.RepresentationModel;

namespace MassarDalil.Content.Navigation;

/// <summary>
/// Reads and writes <c>{site}/navigation.yml</c>: <c>header</c> and <c>footer</c>, lists of entries (<c>page: key</c>
/// or <c>link: https://….men.gov.ma</c>, each with an optional <c>label</c>), and <c>home</c>, the home page's groups of
/// guides (<c>title</c> and <c>pages</c>). The same text is the navigation page's stored body, so its drafts, revisions,
/// diffs and merges are those of any page's body.
/// </summary>
public static class NavigationFile
{
    public const string FileName = "navigation.yml";

    /// <summary>The file's three lists, in the order it is written; each merges on its own (<see cref="Section"/>).</summary>
    public static IReadOnlyList<string> Lists { get; } = ["header", "footer", "home"];

    /// <summary>The menu, or null with each problem at its line (page keys are checked later, against the site's pages).</summary>
    public static NavigationMenu? Parse(string file, string text, List<Problem> problems)
    {
        var before = problems.Count;
        if (SeedYaml.Load(file, text, problems) is not { } yaml)
        {
            return null;
        }
        if (yaml.Documents.Count == 0)
        {
            return NavigationMenu.Empty;
        }
        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(Problem.At(file, Line(yaml.Documents[0].RootNode), ProblemCode.NavigationNotAMap));
            return null;
        }
        var header = new List<NavigationItem>();
        var footer = new List<NavigationItem>();
        var groups = new List<NavigationGroup>();
        foreach (var (keyNode, value) in root.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Lists.Contains(name))
            {
                problems.Add(Problem.At(file, Line(keyNode), ProblemCode.NavigationUnknownList, name));
                continue;
            }
            if (value is YamlScalarNode { Value: null or "" })
            {
                continue; // "footer:" with nothing under it: an empty list
            }
            if (value is not YamlSequenceNode list)
            {
                problems.Add(Problem.At(file, Line(value), ProblemCode.NavigationNotAList, name));
                continue;
            }
            foreach (var entry in list.Children)
            {
                if (name == "home")
                {
                    if (Group(file, entry, problems) is { } group)
                    {
                        groups.Add(group);
                    }
                }
                else if (Item(file, entry, problems) is { } item)
                {
                    (name == "header" ? header : footer).Add(item);
                }
            }
        }
        var menu = new NavigationMenu(header, footer, groups);
        problems.AddRange(NavigationRules.Check(menu, pageKeys: null).Select(p => p with { File = file, Field = "" }));
        return problems.Count > before ? null : menu;
    }

    /// <summary>The page keys the menu names that are not among <paramref name="pageKeys"/>, at their lines.</summary>
    public static IEnumerable<Problem> CheckPages(string file, NavigationMenu menu, IReadOnlySet<string> pageKeys) =>
        menu.PageKeys.Where(k => !pageKeys.Contains(k.Key)).Select(k => Problem.At(file, k.Line, ProblemCode.NavigationUnknownPage, k.Key));

    /// <summary>The menu as a file: reading it back gives the same menu. Also the navigation page's stored body.</summary>
    public static string Write(NavigationMenu menu)
    {
        var text = new StringBuilder("# The header's and the footer's entries in order (page: a page's key, or link: an official https address),\n")
            .Append("# and the home page's groups of guides. A label is optional: a page's title or a link's domain shows without it.\n");
        foreach (var list in Lists)
        {
            text.Append(Section(menu, list));
        }
        return text.ToString();
    }

    /// <summary>One of <see cref="Lists"/> as the file writes it, such as <c>footer:</c> and its entries.</summary>
    public static string Section(NavigationMenu menu, string list)
    {
        var text = new StringBuilder();
        if (list != "home")
        {
            WriteList(text, list, list == "header" ? menu.Header : menu.Footer);
            return text.ToString();
        }
        text.Append("home:\n");
        foreach (var group in menu.Groups)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - title: {SiteTextsFile.Quote(group.Title)}\n");
            text.Append("    pages: [").AppendJoin(", ", group.Pages).Append("]\n");
        }
        return text.ToString();
    }

    /// <summary>The menu stored in a navigation page's body; an empty menu when the body is not one (never thrown).</summary>
    public static NavigationMenu Read(string body) => Parse("", body, []) ?? NavigationMenu.Empty;

    private static void WriteList(StringBuilder text, string name, IReadOnlyList<NavigationItem> items)
    {
        text.Append(name).Append(":\n");
        foreach (var item in items)
        {
            text.Append(item.Page is { } page ? $"  - page: {page}\n" : $"  - link: {SiteTextsFile.Quote(item.Link ?? "")}\n");
            if (item.Label is { } label)
            {
                text.Append(CultureInfo.InvariantCulture, $"    label: {SiteTextsFile.Quote(label)}\n");
            }
        }
    }

    private static NavigationItem? Item(string file, YamlNode entry, List<Problem> problems)
    {
        if (Fields(file, entry, ["page", "link", "label"], problems) is not { } fields)
        {
            return null;
        }
        return new NavigationItem(NonEmpty(fields, "page"), NonEmpty(fields, "link"), fields.GetValueOrDefault("label"), Line(entry));
    }

    private static NavigationGroup? Group(string file, YamlNode entry, List<Problem> problems)
    {
        var line = Line(entry);
        if (entry is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode("pages"), out var pagesNode) ||
            pagesNode is not YamlSequenceNode pageList || pageList.Children.Any(p => p is not YamlScalarNode { Value.Length: > 0 }))
        {
            problems.Add(Problem.At(file, line, ProblemCode.NavigationGroupForm));
            return null;
        }
        var rest = new YamlMappingNode(map.Children.Where(c => c.Key is not YamlScalarNode { Value: "pages" }));
        if (Fields(file, rest, ["title"], problems) is not { } fields)
        {
            return null;
        }
        return new NavigationGroup(fields.GetValueOrDefault("title") ?? "", [.. pageList.Children.Select(p => ((YamlScalarNode)p).Value!)], line);
    }

    /// <summary>An entry's fields as text, or null with the problem: not a map, a field this entry cannot have, a value that is not text.</summary>
    private static Dictionary<string, string>? Fields(string file, YamlNode entry, string[] known, List<Problem> problems)
    {
        if (entry is not YamlMappingNode map)
        {
            problems.Add(Problem.At(file, Line(entry), ProblemCode.NavigationItemNotAMap));
            return null;
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                problems.Add(Problem.At(file, Line(keyNode), ProblemCode.NavigationUnknownField, name));
                return null;
            }
            if (value is not YamlScalarNode { Value: { } text })
            {
                problems.Add(Problem.At(file, Line(value), ProblemCode.NavigationFieldNotText, name));
                return null;
            }
            fields[name] = text.Trim();
        }
        return fields;
    }

    private static string? NonEmpty(Dictionary<string, string> fields, string name) =>
        fields.GetValueOrDefault(name) is { Length: > 0 } value ? value : null;

    private static int Line(YamlNode? node) => node is null ? 1 : Math.Max(1, (int)node.Start.Line);
}
