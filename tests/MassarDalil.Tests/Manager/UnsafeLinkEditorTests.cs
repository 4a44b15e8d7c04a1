using System.Net;
using MassarDalil.Content.Problems;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>
/// A link or image the site would not show as one, or that would mislead a visitor, is refused when the answer is
/// saved, with its address, rather than saved and then silently shown as plain text (or followed) on the page; so is
/// a look-alike of the Ministry's address written as text, which a visitor may type into a browser.
/// </summary>
public class UnsafeLinkEditorTests
{
    public static TheoryData<string, string, string[], ProblemCode> Refused => new()
    {
        { "en", "[here](javascript:alert(1))", ["javascript:alert(1)"], ProblemCode.UnsafeLink },
        { "ar", "[here](javascript:alert(1))", ["javascript:alert(1)"], ProblemCode.UnsafeLink },
        { "en", "[here](data:text/html;base64,PHNjcmlwdD4=)", ["data:text/html;base64,PHNjcmlwdD4="], ProblemCode.UnsafeLink },
        { "en", "[here](//evil.example)", ["//evil.example"], ProblemCode.UnsafeLink },
        { "en", "![x](https://evil.example/x.png)", ["https://evil.example/x.png"], ProblemCode.OutsideImage },
        { "ar", "![x](https://evil.example/x.png)", ["https://evil.example/x.png"], ProblemCode.OutsideImage },
        { "en", "[Massar](https://rnassar.ma/login)", ["https://rnassar.ma/login"], ProblemCode.LookAlikeLink },
        { "ar", "[Massar](https://men.qov.ma/)", ["https://men.qov.ma/"], ProblemCode.LookAlikeLink },
        { "fr", "[Massar](https://ma55ar.ma/)", ["https://ma55ar.ma/"], ProblemCode.LookAlikeLink },
        // Official words on another address: the phishing shape.
        { "en", "[https://massarservice.men.gov.ma](https://example.org/login)", ["massarservice.men.gov.ma", "https://example.org/login"], ProblemCode.MisleadingLinkWords },
        { "ar", "[https://massarservice.men.gov.ma](https://example.org/login)", ["massarservice.men.gov.ma", "https://example.org/login"], ProblemCode.MisleadingLinkWords },
        { "fr", "[massar.men.gov.ma](https://example.org/login)", ["massar.men.gov.ma", "https://example.org/login"], ProblemCode.MisleadingLinkWords },
        // A look-alike written as text, in a sentence or in code, outside any link.
        { "en", "at rnassar.ma", ["rnassar.ma"], ProblemCode.LookAlikeHostInText },
        { "ar", "عبر moutamadr1s.ma", ["moutamadr1s.ma"], ProblemCode.LookAlikeHostInText },
        { "fr", "sur `men.qov.ma`", ["men.qov.ma"], ProblemCode.LookAlikeHostInText },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task AnAnswerWithALinkTheSiteWouldDropOrThatMisleadsIsRefusedAtTheAnswerNamingIt(string language, string markdown, string[] addresses, ProblemCode code)
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
        var message = ManagerWords.Problem(language, new Problem(code, addresses));
        Assert.All(addresses, address => Assert.Contains(address, message, StringComparison.Ordinal));
        Assert.Equal(message, page.QuerySelector("#f-answer")!.Closest(".field")!.QuerySelector(".field-error")?.TextContent);
        Assert.Equal($"Reset it {markdown}.", page.QuerySelector("#f-answer")!.TextContent);
        Assert.Equal(before, (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "forgot-password").Answer);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    [InlineData("en", "[here](https://m\u0435n.gov.ma/reset)", new[] { "https://m\u0435n.gov.ma/reset" }, ProblemCode.LookAlikeLink)] // Cyrillic е
    [InlineData("ar", "[here](https://m\u0435n.gov.ma/reset)", new[] { "https://m\u0435n.gov.ma/reset" }, ProblemCode.LookAlikeLink)]
    public async Task TheLivePreviewWarnsOfALinkTheSaveWouldRefuseInTheSavesWords(string language, string markdown, string[] addresses, ProblemCode code)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);

        var (status, shown) = await PreviewAsync(app, editor, $"Reset it {markdown}.");

        Assert.Equal(HttpStatusCode.OK, status);
        var expected = ManagerWords.Problem(language, new Problem(code, addresses));
        Assert.Equal(expected, shown.QuerySelector("[role='alert'] > p.preview-problem")?.TextContent);
        // The rest of the text is still previewed, under the warning.
        Assert.Contains("Reset it", shown.QuerySelector("p:not(.preview-problem)")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task TheLivePreviewWarnsOfEveryLinkAndAddressTheSaveWouldRefuseInOneAlert(string language)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);

        var (status, shown) = await PreviewAsync(app, editor,
            "Reset it [here](javascript:alert(1)).\n\nOr [there](https://m\u0435n.gov.ma/reset), or type rnassar.ma yourself.");

        Assert.Equal(HttpStatusCode.OK, status);
        var alert = Assert.Single(shown.QuerySelectorAll("[role='alert']"));
        Assert.Equal(new[]
        {
            ManagerWords.Problem(language, new Problem(ProblemCode.UnsafeLink, ["javascript:alert(1)"])),
            ManagerWords.Problem(language, new Problem(ProblemCode.LookAlikeLink, ["https://m\u0435n.gov.ma/reset"])),
            ManagerWords.Problem(language, new Problem(ProblemCode.LookAlikeHostInText, ["rnassar.ma"])),
        }, alert.QuerySelectorAll("p.preview-problem").Select(p => p.TextContent));
        var previewed = shown.QuerySelectorAll("p:not(.preview-problem)");
        Assert.Contains("yourself", previewed[previewed.Length - 1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLivePreviewOfLinksTheSaveAcceptsHasNoWarning()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();

        var (status, shown) = await PreviewAsync(app, editor, "See [the Ministry](https://www.men.gov.ma/) or [the FAQ](/en/faq).");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(shown.QuerySelector(".preview-problem"));
        Assert.Equal(2, shown.QuerySelectorAll("a[href]").Length);
    }

    private static async Task<(HttpStatusCode Status, AngleSharp.Dom.IDocument Shown)> PreviewAsync(MassarApp app, HttpClient editor, string markdown)
    {
        var form = await editor.GetDocumentAsync($"/manager/faq/{await app.PageIdAsync("en")}/question/forgot-password");
        var token = form.QuerySelector("#question-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var preview = await editor.PostAsync("/manager/markdown-preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdown"] = markdown, ["lang"] = "en", ["__RequestVerificationToken"] = token,
        }));
        return (preview.StatusCode, await Html.ParseAsync($"<div>{await preview.Content.ReadAsStringAsync()}</div>"));
    }
}
