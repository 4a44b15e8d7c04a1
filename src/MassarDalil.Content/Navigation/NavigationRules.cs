using System.Globalization;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Navigation;

/// <summary>
/// What a menu must keep, whoever wrote it: each entry is a page of the site or an official https address, a label is
/// one short line, and nothing is listed twice in one list. Each problem names its form field
/// (<c>Header[2].Link</c>) and its entry's line, so the manager and the seed reader both place it. An entry listed
/// twice also names where it was first: its line (for the file's reader) and its place in its list, from 1 (for
/// the editor, whose form has no lines).
/// </summary>
public static class NavigationRules
{
    public const int LabelMax = 80;

    /// <param name="pageKeys">The site's page keys; null to skip that check (a draft checked without its site).</param>
    public static IReadOnlyList<Problem> Check(NavigationMenu menu, IReadOnlySet<string>? pageKeys)
    {
        var problems = new List<Problem>();
        CheckList(problems, "Header", menu.Header, pageKeys);
        CheckList(problems, "Footer", menu.Footer, pageKeys);
        var seen = new Dictionary<string, (int Line, int Place)>(StringComparer.Ordinal);
        for (var g = 0; g < menu.Groups.Count; g++)
        {
            var group = menu.Groups[g];
            var field = $"Groups[{g}]";
            if (string.IsNullOrWhiteSpace(group.Title) || !IsOneShortLine(group.Title))
            {
                problems.Add(At(field + ".Title", group.Line, ProblemCode.NavigationLabelForm, LabelMax));
            }
            foreach (var key in group.Pages)
            {
                if (pageKeys is not null && !pageKeys.Contains(key))
                {
                    problems.Add(At(field + ".Pages", group.Line, ProblemCode.NavigationUnknownPage, key));
                }
                else if (!seen.TryAdd(key, (group.Line, g + 1)))
                {
                    problems.Add(At(field + ".Pages", group.Line, ProblemCode.NavigationItemTwice, key, seen[key].Line, seen[key].Place));
                }
            }
        }
        return problems;
    }

    /// <summary>An address visitors may be sent to from a menu: https on the Ministry's domain, nothing else.</summary>
    public static ProblemCode? CheckLink(string link)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return ProblemCode.NavigationLinkNotOfficial;
        }
        if (uri.UserInfo.Length > 0 || OfficialLinks.AsciiHost(uri) is not { } host || !OfficialLinks.IsOfficial(host))
        {
            return ProblemCode.NavigationLinkNotOfficial;
        }
        return uri.Scheme == "https" ? null : ProblemCode.NavigationLinkNotHttps;
    }

    private static void CheckList(List<Problem> problems, string list, IReadOnlyList<NavigationItem> items, IReadOnlySet<string>? pageKeys)
    {
        var seen = new Dictionary<string, (int Line, int Place)>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var field = $"{list}[{i}]";
            if ((item.Page is null) == (item.Link is null))
            {
                problems.Add(At(field + ".Page", item.Line, ProblemCode.NavigationItemKind));
                continue;
            }
            if (item.Label is { } label && (label.Length == 0 || !IsOneShortLine(label)))
            {
                problems.Add(At(field + ".Label", item.Line, ProblemCode.NavigationLabelForm, LabelMax));
            }
            var target = item.Page ?? item.Link!;
            if (item.Page is { } page && pageKeys is not null && !pageKeys.Contains(page))
            {
                problems.Add(At(field + ".Page", item.Line, ProblemCode.NavigationUnknownPage, page));
            }
            else if (item.Link is { } link && CheckLink(link) is { } code)
            {
                problems.Add(At(field + ".Link", item.Line, code, link));
            }
            else if (!seen.TryAdd(target, (item.Line, i + 1)))
            {
                problems.Add(At(field + (item.Page is null ? ".Link" : ".Page"), item.Line, ProblemCode.NavigationItemTwice, target, seen[target].Line, seen[target].Place));
            }
        }
    }

    private static bool IsOneShortLine(string text) =>
        text.Length <= LabelMax && !text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');

    private static Problem At(string field, int line, ProblemCode code, params object[] args) =>
        new(code, [.. args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)!)]) { Field = field, Line = line };
}
