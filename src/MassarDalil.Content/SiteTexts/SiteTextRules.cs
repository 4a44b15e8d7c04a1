using System.Globalization;
using System.Text.RegularExpressions;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.SiteTexts;

/// <summary>The rules a site text keeps, in the seed and in the manager alike.</summary>
public static partial class SiteTextRules
{
    /// <summary>The longest site text: a notice or a paragraph of the calculator, never a page.</summary>
    public const int MaxLength = 2_000;

    /// <summary>What is wrong with <paramref name="text"/> as the text of <paramref name="key"/>; each problem names the key first.</summary>
    public static IReadOnlyList<Problem> Check(string key, string? text)
    {
        if (SiteTextCatalogue.Find(key) is not { } entry)
        {
            return [new Problem(ProblemCode.TextUnknownKey, [key])];
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return [new Problem(ProblemCode.TextEmpty, [key])];
        }
        var used = Placeholders(text);
        var problems = new List<Problem>();
        if (text.Length > MaxLength)
        {
            problems.Add(new Problem(ProblemCode.TextTooLong, [key, Problem.Number(MaxLength)]));
        }
        for (var n = entry.CountInWords ? 1 : 0; n < entry.Placeholders; n++)
        {
            if (!used.Contains(n))
            {
                problems.Add(new Problem(ProblemCode.TextMissingPlaceholder, [key, Problem.Number(n)]));
            }
        }
        problems.AddRange(used.Where(n => n >= entry.Placeholders).Order().Select(n => new Problem(ProblemCode.TextExtraPlaceholder, [key, Problem.Number(n)])));
        return problems;
    }

    /// <summary>
    /// The text with each <c>{n}</c> replaced by the n-th value. Only the placeholders: any other brace is text, so a
    /// text an editor wrote can never make formatting throw.
    /// </summary>
    public static string Format(string text, params object[] values) =>
        string.Concat(Parts(text).Select(part => part.Placeholder is { } n && n < values.Length ? TextOf(values[n]) : part.Text));

    /// <summary>
    /// The text cut at its placeholders, in order: each piece of text, and each <c>{n}</c> as written with its number, so a
    /// page can put markup (a link, a figure in bold) where the text says while the text itself stays plain. A placeholder
    /// with no value is shown as written.
    /// </summary>
    public static IEnumerable<(string Text, int? Placeholder)> Parts(string text)
    {
        var at = 0;
        foreach (Match m in PlaceholderPattern().Matches(text))
        {
            yield return (text[at..m.Index], null);
            yield return (m.Value, int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
            at = m.Index + m.Length;
        }
        yield return (text[at..], null);
    }

    /// <summary>A value as a text shows it: written the same in every language (a page formats a figure first when it wants otherwise).</summary>
    public static string TextOf(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static HashSet<int> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)).ToHashSet();

    [GeneratedRegex(@"\{(\d{1,2})\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
