using System.Globalization;
using System.Text.RegularExpressions;
using MassarDalil.Content.Problems;
using Microsoft.Extensions.Localization;

namespace MassarDalil.Web.Problems;

/// <summary>The words of the engine's problem codes (Resources/ProblemMessages*.resx), in a reader's language.</summary>
public sealed partial class ProblemWords(IStringLocalizer<ProblemMessages> localizer)
{
    /// <summary>The message of <paramref name="problem"/> in <paramref name="culture"/>, its values filled in.</summary>
    public string Message(Problem problem, CultureInfo culture)
    {
        // The localizer reads the thread's UI culture; the manager chooses its reader's language itself (cookie, browser).
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return Fill(localizer[problem.Code.ToString()].Value, problem.Args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>The English message: the API's problem details and the command line speak English.</summary>
    public string English(Problem problem) => Message(problem, CultureInfo.InvariantCulture);

    /// <summary>
    /// Puts the values in place of <c>{0}</c>, <c>{1}</c>…. Only numbered placeholders are filled, so a message may
    /// show a seed file's own braces (<c>{#key}</c>, <c>/{lang}/</c>) as they are, without doubling them.
    /// </summary>
    public static string Fill(string template, IReadOnlyList<string> values) =>
        Placeholder().Replace(template, m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var i && i < values.Count ? values[i] : m.Value);

    /// <summary>The placeholders a message uses, for the check that every translation fills the same ones.</summary>
    public static IReadOnlySet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex Placeholder();
}
