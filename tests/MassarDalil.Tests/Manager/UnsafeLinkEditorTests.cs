using System.Net;
using MassarDalil.Content.Problems;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>
/// A link or image the site would not show as one is refused when the answer is saved, with its address, rather than
/// saved and then silently shown as plain text on the page.
/// </summary>
public class UnsafeLinkEditorTests
{
    public static TheoryData<string, string, string, ProblemCode> Refused => new()
    {
        { "en", "[here](javascript:alert(1))", "javascript:alert(1)", ProblemCode.UnsafeLink },
        { "ar", "[here](javascript:alert(1))", "javascript:alert(1)", ProblemCode.UnsafeLink },
        { "en", "[here](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4=", ProblemCode.UnsafeLink },
        { "en", "[here](//evil.example)", "//evil.example", ProblemCode.UnsafeLink },
        { "en", "![x](https://evil.example/x.png)", "https://evil.example/x.png", ProblemCode.OutsideImage },
        { "ar", "![x](https://evil.example/x.png)", "https://evil.example/x.png", ProblemCode.OutsideImage },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task AnAnswerWithALinkTheSiteWouldDropIsRefusedAtTheAnswerNamingIt(string language, string markdown, string address, ProblemCode code)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);
        var id = await app.PageIdAsync("en");
        var path = $"/manager/faq/{id}/question/forgot-password";
        var form = await editor.GetDocumentAsync(path);
        var before = (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "forgot-password").Answer;

        using var response = await editor.SubmitAsync(form, "#question-form", new Dictionary<string, string>
        {
            ["Input.Answer"] = $"Reset it {markdown}.", ["command"] = "save",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), $"http://localhost{path}");
        var message = ManagerWords.Problem(language, new Problem(code, [address]));
        Assert.Contains(address, message, StringComparison.Ordinal);
        Assert.Equal(message, page.QuerySelector("#f-answer")!.Closest(".field")!.QuerySelector(".field-error")?.TextContent);
        Assert.Equal($"Reset it {markdown}.", page.QuerySelector("#f-answer")!.TextContent);
        Assert.Equal(before, (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "forgot-password").Answer);
    }
}
