using System.Globalization;
using System.Text.RegularExpressions;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Tools;

/// <summary>
/// The weighted average of grades out of 20: Σ(grade × coefficient) ÷ Σ coefficients, cut to two decimals
/// (12.345 → 12.34, 9.995 → 9.99): rounded up, 9.995 would show 10.00 to a student whose average is below 10.
/// Grades and coefficients are read as a visitor types them: "14,5", "14.5", "14،5" and "١٤٫٥" are the same number.
/// Worked in whole hundredths, so the result is exact and equal to what wwwroot/js/average.js shows.
/// </summary>
public static partial class GradeAverage
{
    public const decimal MaxGrade = 20m;
    public const decimal PassMark = 10m;
    public const decimal MaxCoefficient = 100m;
    public const int MaxRows = 30;

    public static GradeAverageResult Calculate(IReadOnlyList<GradeRowInput> rows)
    {
        var errors = new List<GradeFieldError>();
        long weighted = 0; // Σ grade×100 × coefficient×100
        long coefficients = 0; // Σ coefficient×100
        var counted = 0;
        for (var i = 0; i < rows.Count && i < MaxRows; i++)
        {
            var row = rows[i];
            if (IsBlank(row.Subject) && IsBlank(row.Grade))
            {
                continue; // an untouched row (its coefficient may still hold the default 1)
            }
            var grade = Read(row.Grade, MaxGrade, i, GradeField.Grade, errors);
            var coefficient = Read(row.Coefficient, MaxCoefficient, i, GradeField.Coefficient, errors);
            if (grade is { } g && coefficient is { } c)
            {
                weighted += g * c;
                coefficients += c;
                counted++;
            }
        }
        if (counted == 0 && errors.Count == 0)
        {
            errors.Add(new GradeFieldError(0, GradeField.Grade, GradeProblem.Missing));
        }
        if (errors.Count > 0)
        {
            return new GradeAverageResult(null, null, errors, counted);
        }
        var hundredths = weighted / coefficients; // whole hundredths, cut: all values are ≥ 0
        var average = hundredths / 100m;
        return new GradeAverageResult(average, average >= PassMark, errors, counted);
    }

    /// <summary>
    /// What visitors' keyboards put between the units and the tenths besides the point: the comma of French
    /// keyboards, the Arabic decimal separator (U+066B) and the Arabic comma (U+060C) that Arabic keyboards
    /// offer in its place. average.js folds the same characters.
    /// </summary>
    public const string DecimalSeparators = ",\u066B\u060C";

    /// <summary>Reads "14,5", "14،5" or "١٤٫٥" as 1450 hundredths; null (with an error) when missing, not a number, or out of range.</summary>
    private static long? Read(string? text, decimal max, int row, GradeField field, List<GradeFieldError> errors)
    {
        var value = ArabicText.Normalize(text?.Trim() ?? "");
        foreach (var separator in DecimalSeparators)
        {
            value = value.Replace(separator, '.');
        }
        GradeProblem? problem = null;
        decimal number = 0;
        if (value.Length == 0)
        {
            problem = GradeProblem.Missing;
        }
        else if (!Number().IsMatch(value) || !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            problem = GradeProblem.NotANumber;
        }
        else if (field == GradeField.Coefficient && number <= 0)
        {
            problem = GradeProblem.NotPositive;
        }
        else if (number < 0 || number > max)
        {
            problem = GradeProblem.OutOfRange;
        }
        else if (decimal.Round(number, 2) != number)
        {
            problem = GradeProblem.TooManyDecimals;
        }
        if (problem is { } p)
        {
            errors.Add(new GradeFieldError(row, field, p));
            return null;
        }
        return (long)(number * 100);
    }

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    [GeneratedRegex(@"^-?[0-9]{1,6}(\.[0-9]+)?$")]
    private static partial Regex Number();
}

public sealed record GradeRowInput(string? Subject, string? Grade, string? Coefficient);

public enum GradeField
{
    Grade,
    Coefficient,
}

public enum GradeProblem
{
    Missing,
    NotANumber,
    OutOfRange,
    NotPositive,
    TooManyDecimals,
}

/// <param name="Row">The row's index in the input (0-based).</param>
public sealed record GradeFieldError(int Row, GradeField Field, GradeProblem Problem);

/// <param name="Average">The average to two decimals, or null when any field has an error.</param>
/// <param name="Passed">Whether <paramref name="Average"/> reaches <see cref="GradeAverage.PassMark"/>.</param>
public sealed record GradeAverageResult(decimal? Average, bool? Passed, IReadOnlyList<GradeFieldError> Errors, int CountedRows)
{
    public bool IsValid => Errors.Count == 0;
}
