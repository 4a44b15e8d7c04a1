using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Problems;

/// <summary>
/// The engine refuses with a code; the manager words it on the field, in the editor's language (Arabic unless the
/// editor reads the manager in English), and keeps what the editor typed.
/// </summary>
public class ProblemWordsInManagerTests
{
    private static readonly string Deep = string.Concat(Enumerable.Repeat("> ", 200)) + "x";

    public static TheoryData<string, bool, string> Family => new()
    {
        { "empty answer", true, "هذا الحقل مطلوب." },
        { "empty answer", false, "This field is required." },
        { "duplicate key", true, "هذا المفتاح مستعمل من قبل في هذه الصفحة." },
        { "duplicate key", false, "This key is already used on this page." },
        { "bad markdown", true, "لا يمكن عرض هذا النص على الموقع: القوائم أو الاقتباسات أو التنسيق أو الروابط فيه متداخلة أكثر من اللازم. استعمل مستويات أقل." },
        { "bad markdown", false, "This text cannot be shown on the site: its lists, quotes, emphasis or links are nested too deeply. Use fewer levels." },
        { "bad slug", true, "استعمل حروفًا عربية أو لاتينية صغيرة وأرقامًا وشرطات مفردة." },
        { "bad slug", false, "Use Arabic or lower-case Latin letters, digits and single hyphens." },
    };

    [Theory]
    [MemberData(nameof(Family))]
    public async Task TheFieldSaysWhatIsWrongInTheEditorsLanguageAndKeepsTheInput(string kind, bool arabic, string message)
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        if (!arabic)
        {
            editor.InEnglish();
        }

        var (response, field, typed) = kind == "bad slug" ? await NewGuideAsync(editor) : await SaveFaqAsync(app, editor, kind);
        using (response)
        {
            var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal(arabic ? "ar" : "en", page.DocumentElement.GetAttribute("lang"));
            var input = page.QuerySelector($"[name='{field}']")!;
            Assert.Equal(typed, input is IHtmlTextAreaElement area ? area.Value : input.GetAttribute("value"));
            Assert.Equal(message, input.Closest(".field")!.QuerySelector(".field-error")!.TextContent);
            Assert.Contains(page.QuerySelectorAll(".error-summary li"), li => li.TextContent.EndsWith(": " + message, StringComparison.Ordinal));
        }
    }

    private static async Task<(HttpResponseMessage Response, string Field, string Typed)> SaveFaqAsync(MassarApp app, HttpClient editor, string kind)
    {
        var form = await editor.GetDocumentAsync($"/manager/faq/{await app.PageIdAsync("en")}");
        var keys = form.QuerySelectorAll("details.question-editor").Select(d => d.GetAttribute("data-key")!).ToList();
        var (field, typed) = kind switch
        {
            "empty answer" => (form.FieldOf("forgot-password"), ""),
            "duplicate key" => (form.FieldOf(keys[1], "Key"), keys[0]),
            _ => (form.FieldOf("forgot-password"), Deep),
        };
        return (await editor.SaveFaqAsync(form, "save", new Dictionary<string, string> { [field] = typed }), field, typed);
    }

    private static async Task<(HttpResponseMessage Response, string Field, string Typed)> NewGuideAsync(HttpClient editor)
    {
        var form = await editor.GetDocumentAsync("/manager/guides/new");
        const string typed = "Not An Address!";
        var response = await editor.SubmitAsync(form, "#new-guide-form", new Dictionary<string, string>
        {
            ["Input.Site"] = "en", ["Input.Title"] = "A guide", ["Input.Slug"] = typed,
        });
        return (response, "Input.Slug", typed);
    }
}
