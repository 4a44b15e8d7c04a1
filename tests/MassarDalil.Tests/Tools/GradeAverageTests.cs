using MassarDalil.Content.Tools;

namespace MassarDalil.Tests.Tools;

/// <summary>The calculation, right to the hundredth. Cut to the hundredth, never rounded up (12.345 → 12.34).</summary>
public class GradeAverageTests
{
    private static GradeAverageResult Calculate(params (string? Grade, string? Coefficient)[] rows) =>
        GradeAverage.Calculate(rows.Select(r => new GradeRowInput(null, r.Grade, r.Coefficient)).ToList());

    public static TheoryData<string, string> Cases => new()
    {
        // rows as "grade×coefficient; …", expected average
        { "15×3; 10×2", "13.00" },                 // the FAQ's example: 65 ÷ 5
        { "14,5×1", "14.50" },
        { "14.5×1", "14.50" },
        { "12×1; 13×1; 15×1", "13.33" },           // 13.333…
        { "10×1; 10×1; 11×1", "10.33" },
        { "12×1; 13×1; 14×1; 15.5×1; 9×1; 8×1", "11.91" }, // 11.9166…
        { "12.345×1", "" },                        // three decimals: refused, see below
        { "12.34×1; 12.35×1", "12.34" },           // 12.345 exactly: cut, not rounded up
        { "0×1; 20×1", "10.00" },
        { "20×4", "20.00" },
        { "0×2", "0.00" },
        { "9.99×1", "9.99" },
        { "17.25×1.5; 8.5×2.5; 11×0.5", "11.69" },  // 52.625 ÷ 4.5 = 11.694…
        { "١٤٫٥×٢; ١٠×١", "13.00" },                // Arabic-Indic digits and decimal separator
        { " 16 × 2 ; 7 × 3", "10.60" },            // spaces around numbers
        { "19.99×1; 0.01×1", "10.00" },
        { "10.005×1", "" },
        { "13.335×2; 13.33×0", "" },
        { "1×0.01; 20×0.02", "13.66" },             // 0.41 ÷ 0.03 = 13.666…
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AveragesAreRightToTheHundredth(string rows, string expected)
    {
        var parsed = rows.Split(';').Select(r => r.Split('×')).Select(p => ((string?)p[0], (string?)p[1])).ToArray();
        var result = Calculate(parsed);

        if (expected.Length == 0)
        {
            Assert.False(result.IsValid);
            return;
        }
        Assert.True(result.IsValid, string.Join(", ", result.Errors));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Average);
    }

    [Theory]
    [InlineData("14،5")]  // the Arabic comma, which Arabic keyboards offer for the decimal separator
    [InlineData("١٤،٥")]
    [InlineData("۱۴،۵")]  // Extended Arabic-Indic (Persian) digits
    [InlineData("14٫5")]  // the Arabic decimal separator
    [InlineData("١٤٫٥")]
    [InlineData("١٤,٥")]
    [InlineData("14,5")]
    [InlineData("14.5")]
    [InlineData(" ١٤،٥ ")]
    public void EveryDecimalSeparatorOfArabicAndFrenchKeyboardsReadsTheSameNumber(string grade)
    {
        var result = Calculate((grade, "1"));

        Assert.True(result.IsValid, string.Join(", ", result.Errors));
        Assert.Equal(14.5m, result.Average);
    }

    [Theory]
    [InlineData("14،5،5")]
    [InlineData("14٫،5")]
    [InlineData("،5،")]
    public void TwoSeparatorsAreStillNotANumber(string grade) =>
        Assert.Equal(new GradeFieldError(0, GradeField.Grade, GradeProblem.NotANumber), Assert.Single(Calculate((grade, "1")).Errors));

    [Fact]
    public void TheAverageIsCutToTheHundredthSoItNeverShowsTenBeforeItIsTen()
    {
        Assert.Equal(12.34m, Calculate(("12.34", "1"), ("12.35", "1")).Average); // 12.345 → 12.34
        Assert.Equal(12.34m, Calculate(("12.34", "3"), ("12.35", "1")).Average); // 12.3425 → 12.34
        Assert.Equal(10.01m, Calculate(("10", "1"), ("10.01", "1"), ("10.02", "2")).Average); // 10.0125 → 10.01
        Assert.Equal(13.33m, Calculate(("14", "1"), ("13", "2")).Average); // 13.333… → 13.33
        Assert.Equal(13.66m, Calculate(("14", "2"), ("13", "1")).Average); // 13.666… → 13.66

        var justBelow = Calculate(("9.99", "1"), ("10", "1")); // 9.995
        Assert.Equal(9.99m, justBelow.Average);
        Assert.False(justBelow.Passed);
    }

    [Theory]
    [InlineData("10", true)]
    [InlineData("9.99", false)]
    [InlineData("10.00", true)]
    [InlineData("20", true)]
    [InlineData("0", false)]
    public void TheAverageIsComparedWithTenOutOfTwenty(string grade, bool passed) =>
        Assert.Equal(passed, Calculate((grade, "1")).Passed);

    [Theory]
    [InlineData("21", "1", GradeField.Grade, GradeProblem.OutOfRange)]
    [InlineData("20.01", "1", GradeField.Grade, GradeProblem.OutOfRange)]
    [InlineData("-1", "1", GradeField.Grade, GradeProblem.OutOfRange)]
    [InlineData("", "1", GradeField.Grade, GradeProblem.Missing)]
    [InlineData("abc", "1", GradeField.Grade, GradeProblem.NotANumber)]
    [InlineData("14,5,5", "1", GradeField.Grade, GradeProblem.NotANumber)]
    [InlineData("1e1", "1", GradeField.Grade, GradeProblem.NotANumber)]
    [InlineData("14.555", "1", GradeField.Grade, GradeProblem.TooManyDecimals)]
    [InlineData("12", "0", GradeField.Coefficient, GradeProblem.NotPositive)]
    [InlineData("12", "-2", GradeField.Coefficient, GradeProblem.NotPositive)]
    [InlineData("12", "", GradeField.Coefficient, GradeProblem.Missing)]
    [InlineData("12", "x", GradeField.Coefficient, GradeProblem.NotANumber)]
    [InlineData("12", "101", GradeField.Coefficient, GradeProblem.OutOfRange)]
    public void WrongFieldsGetAProblemOnTheirRowAndNoAverage(string grade, string coefficient, GradeField field, GradeProblem problem)
    {
        var result = GradeAverage.Calculate([new("Maths", "12", "1"), new("Physics", grade, coefficient)]);

        Assert.Null(result.Average);
        Assert.Equal(new GradeFieldError(1, field, problem), Assert.Single(result.Errors));
    }

    [Fact]
    public void EmptyRowsAreIgnoredButARowWithASubjectNeedsItsGrade()
    {
        var result = GradeAverage.Calculate([new(null, "12", "2"), new("", " ", "1"), new(null, null, null), new("Arabic", "", "1")]);

        Assert.Equal(new GradeFieldError(3, GradeField.Grade, GradeProblem.Missing), Assert.Single(result.Errors));
        Assert.Equal(12m, GradeAverage.Calculate([new(null, "12", "2"), new("", " ", "1"), new(null, null, null)]).Average);
    }

    [Fact]
    public void AllRowsEmptyAsksForAGradeOnTheFirstRow()
    {
        var result = GradeAverage.Calculate([new(null, null, "1"), new(null, "", "1")]);

        Assert.Equal(new GradeFieldError(0, GradeField.Grade, GradeProblem.Missing), Assert.Single(result.Errors));
    }

    [Fact]
    public void EveryProblemOfEveryRowIsReported()
    {
        var result = GradeAverage.Calculate([new(null, "25", "0"), new(null, "x", "1")]);

        Assert.Equal(
            [new(0, GradeField.Grade, GradeProblem.OutOfRange), new(0, GradeField.Coefficient, GradeProblem.NotPositive), new(1, GradeField.Grade, GradeProblem.NotANumber)],
            result.Errors);
    }
}
