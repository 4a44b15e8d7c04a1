using System.Globalization;
using System.Text.Json;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Content.Tools;

namespace MassarDalil.Web.Tools;

/// <summary>The grade-average calculator's sentences from the site's texts (<c>average.*</c>); average.js gets the same as JSON.</summary>
public static class AverageWords
{
    /// <summary>"grade-missing", "coefficient-not-positive"… the same keys average.js uses, after <c>average.</c> in the texts.</summary>
    public static string Key(GradeField field, GradeProblem problem) => $"{Kebab(field.ToString())}-{Kebab(problem.ToString())}";

    public static string Message(SiteTextSet texts, GradeFieldError error) => texts[$"average.{Key(error.Field, error.Problem)}"];

    public static string Format(SiteTextSet texts, decimal average) =>
        average.ToString("0.00", CultureInfo.InvariantCulture).Replace(".", texts["average.decimal-separator"], StringComparison.Ordinal);

    /// <summary>The words average.js needs, as JSON for a data block.</summary>
    public static string Script(SiteTextSet texts) => JsonSerializer.Serialize(new
    {
        Problems = (from field in Enum.GetValues<GradeField>()
                    from problem in Enum.GetValues<GradeProblem>()
                    let key = Key(field, problem)
                    select key).ToDictionary(k => k, k => texts[$"average.{k}"]),
        YourAverage = texts["average.your-average"], Passed = texts["average.passed"], NotPassed = texts["average.not-passed"],
        FixFields = texts["average.fix-fields"], Row = texts["average.row"], Remove = texts["average.remove"],
        DecimalSeparator = texts["average.decimal-separator"],
        MaxGrade = GradeAverage.MaxGrade, MaxCoefficient = GradeAverage.MaxCoefficient, PassMark = GradeAverage.PassMark, GradeAverage.MaxRows,
    }, JsonSerializerOptions.Web);

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
