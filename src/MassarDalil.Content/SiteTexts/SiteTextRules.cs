using System.Globalization;
using System.Text.RegularExpressions;

namespace MassarDalil.Content.SiteTexts;

public enum SiteTextProblemKind
{
    UnknownKey,
    Empty,

    /// <summary>A placeholder the site fills in is not in the text, so visitors would not see it.</summary>
    MissingPlaceholder,

    /// <summary>A placeholder the site does not fill in: visitors would read <c>{2}</c> as it is.</summary>
    ExtraPlaceholder,
}

/// <param name="Placeholder">The placeholder's number, for the placeholder problems.</param>
public sealed record SiteTextProblem(SiteTextProblemKind Kind, int Placeholder = -1)
{
    /// <summary>The problem in the seed's and the CLI's language (English).</summary>
    public string Describe(string key) => Kind switch
    {
        SiteTextProblemKind.UnknownKey => $"unknown text key '{key}'; the keys are listed in seed/en/texts.yml",
        SiteTextProblemKind.Empty => $"the text '{key}' is empty; write it, or remove the line to use the default site's text",
        SiteTextProblemKind.MissingPlaceholder => $"the text '{key}' must contain {{{Placeholder}}}: the site puts a value there",
        _ => $"the text '{key}' contains {{{Placeholder}}}, which the site does not fill in; remove it",
    };
}

/// <summary>The rules a site text keeps, in the seed and in the manager alike.</summary>
public static partial class SiteTextRules
{
    public static IReadOnlyList<SiteTextProblem> Check(string key, string? text)
    {
        if (SiteTextCatalogue.Find(key) is not { } entry)
        {
            return [new SiteTextProblem(SiteTextProblemKind.UnknownKey)];
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return [new SiteTextProblem(SiteTextProblemKind.Empty)];
        }
        var used = Placeholders(text);
        var problems = new List<SiteTextProblem>();
        for (var n = entry.CountInWords ? 1 : 0; n < entry.Placeholders; n++)
        {
            if (!used.Contains(n))
            {
                problems.Add(new SiteTextProblem(SiteTextProblemKind.MissingPlaceholder, n));
            }
        }
        problems.AddRange(used.Where(n => n >= entry.Placeholders).Order().Select(n => new SiteTextProblem(SiteTextProblemKind.ExtraPlaceholder, n)));
        return problems;
    }

    /// <summary>
    /// The text with each <c>{n}</c> replaced by the n-th value. Only the placeholders: any other brace is text, so a
    /// text an editor wrote can never make formatting throw.
    /// </summary>
    public static string Format(string text, params object[] values) =>
        PlaceholderPattern().Replace(text, m =>
        {
            var n = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            return n < values.Length ? Convert.ToString(values[n], CultureInfo.InvariantCulture) ?? "" : m.Value;
        });

    private static HashSet<int> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)).ToHashSet();

    [GeneratedRegex(@"\{(\d{1,2})\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
