using System.Globalization;
using MassarDalil.Content.Tools;

namespace MassarDalil.Web.Tools;

/// <summary>The grade-average calculator's words in each language; average.js gets the same words as JSON.</summary>
public sealed record AverageText
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Intro { get; init; }
    public required string Formula { get; init; }
    public required string Row { get; init; }
    public required string Subject { get; init; }
    public required string Grade { get; init; }
    public required string Coefficient { get; init; }
    public required string Remove { get; init; }
    public required string Add { get; init; }
    public required string Calculate { get; init; }
    public required string EmptyRowsHint { get; init; }
    public required string YourAverage { get; init; }
    public required string Passed { get; init; }
    public required string NotPassed { get; init; }
    public required string Caveat { get; init; }
    public required string NeedsScript { get; init; }
    public required string FixFields { get; init; }
    public required string ToolsTitle { get; init; }
    public required string ToolCard { get; init; }
    public required string DecimalSeparator { get; init; }
    public required Dictionary<string, string> Problems { get; init; }

    public string Message(GradeFieldError error) => Problems[Key(error.Field, error.Problem)];

    /// <summary>"grade-missing", "coefficient-not-positive"… the same keys average.js uses.</summary>
    public static string Key(GradeField field, GradeProblem problem) => $"{Kebab(field.ToString())}-{Kebab(problem.ToString())}";

    public string Format(decimal average) => average.ToString("0.00", CultureInfo.InvariantCulture).Replace(".", DecimalSeparator, StringComparison.Ordinal);

    public static AverageText For(string language) => language == "en" ? English : Arabic;

    public static readonly AverageText Arabic = new()
    {
        Title = "حاسبة المعدل",
        Description = "احسب معدلك على 20 من نقط المواد ومعاملاتها. لا نحتفظ بأي شيء مما تكتبه.",
        Intro = "أدخل نقطة كل مادة على 20 ومعاملها لتحصل على معدلك. تُجرى العملية على هذه الصفحة فقط، ولا نحتفظ بأي شيء مما تكتبه.",
        Formula = "المعدل = مجموع (النقطة × المعامل) ÷ مجموع المعاملات، مُقرَّبًا إلى رقمين بعد الفاصلة.",
        Row = "المادة {0}",
        Subject = "اسم المادة (اختياري)",
        Grade = "النقطة على 20",
        Coefficient = "المعامل",
        Remove = "حذف المادة {0}",
        Add = "إضافة مادة",
        Calculate = "احسب المعدل",
        EmptyRowsHint = "تُهمَل المواد التي تترك خاناتها فارغة، ويمكنك كتابة النقطة بالفاصلة أو بالنقطة (14,5 أو 14.5).",
        YourAverage = "معدلك",
        Passed = "يبلغ هذا المعدل 10 على 20 أو يتجاوزها.",
        NotPassed = "هذا المعدل أقل من 10 على 20.",
        Caveat = "تنبيه: تختلف عتبة النجاح باختلاف المستوى الدراسي والسنة، فاعتمد دائمًا على ما تعلنه مؤسستك.",
        NeedsScript = "الحاسبة في هذه النسخة من الموقع تعمل في متصفحك وتحتاج إلى تفعيل JavaScript.",
        FixFields = "صحّح الخانات المشار إليها، ثم أعد الحساب.",
        ToolsTitle = "أدوات",
        ToolCard = "حاسبة المعدل: احسب معدلك من نقطك ومعاملاتها",
        DecimalSeparator = ",",
        Problems = new()
        {
            ["grade-missing"] = "أدخل النقطة.",
            ["grade-not-a-number"] = "اكتب النقطة رقمًا، مثل 14,5.",
            ["grade-out-of-range"] = "يجب أن تكون النقطة بين 0 و20.",
            ["grade-not-positive"] = "يجب أن تكون النقطة بين 0 و20.",
            ["grade-too-many-decimals"] = "اكتب رقمين بعد الفاصلة على الأكثر.",
            ["coefficient-missing"] = "أدخل المعامل.",
            ["coefficient-not-a-number"] = "اكتب المعامل رقمًا، مثل 2.",
            ["coefficient-out-of-range"] = "يجب ألا يتجاوز المعامل 100.",
            ["coefficient-not-positive"] = "يجب أن يكون المعامل أكبر من 0.",
            ["coefficient-too-many-decimals"] = "اكتب رقمين بعد الفاصلة على الأكثر.",
        },
    };

    public static readonly AverageText English = new()
    {
        Title = "Grade-average calculator",
        Description = "Work out your average out of 20 from your grades and their coefficients. Nothing you type is stored.",
        Intro = "Enter each subject's grade out of 20 and its coefficient to get your average. The calculation happens on this page only, and nothing you type is stored.",
        Formula = "average = sum of (grade × coefficient) ÷ sum of coefficients, rounded to two decimals.",
        Row = "Subject {0}",
        Subject = "Subject name (optional)",
        Grade = "Grade out of 20",
        Coefficient = "Coefficient",
        Remove = "Remove subject {0}",
        Add = "Add a subject",
        Calculate = "Calculate",
        EmptyRowsHint = "Subjects left empty are ignored. You can write grades with a comma or a point (14,5 or 14.5).",
        YourAverage = "Your average",
        Passed = "That is 10 out of 20 or more.",
        NotPassed = "That is below 10 out of 20.",
        Caveat = "Note: pass marks vary by school level and year, so always go by what your school announces.",
        NeedsScript = "In this copy of the site, the calculator runs in your browser and needs JavaScript.",
        FixFields = "Correct the marked fields, then calculate again.",
        ToolsTitle = "Tools",
        ToolCard = "Grade-average calculator: work out your average from your grades and coefficients",
        DecimalSeparator = ".",
        Problems = new()
        {
            ["grade-missing"] = "Enter the grade.",
            ["grade-not-a-number"] = "Write the grade as a number, like 14.5.",
            ["grade-out-of-range"] = "The grade must be between 0 and 20.",
            ["grade-not-positive"] = "The grade must be between 0 and 20.",
            ["grade-too-many-decimals"] = "Use at most two decimals.",
            ["coefficient-missing"] = "Enter the coefficient.",
            ["coefficient-not-a-number"] = "Write the coefficient as a number, like 2.",
            ["coefficient-out-of-range"] = "The coefficient must be 100 or less.",
            ["coefficient-not-positive"] = "The coefficient must be more than 0.",
            ["coefficient-too-many-decimals"] = "Use at most two decimals.",
        },
    };

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
