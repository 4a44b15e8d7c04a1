using System.Globalization;
using System.Net;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Text;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

/// <summary>A text refused for its length says how long it may be, in the editor's language, at its field.</summary>
public class LengthLimitMessageTests
{
    [Theory]
    [InlineData("en", "Answer", 60_000)]
    [InlineData("ar", "Answer", 60_000)]
    [InlineData("en", "Question", 400)]
    public async Task AQuestionOrAnswerTooLongSaysItsLimitAndNothingIsStored(string language, string field, int length)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);
        var id = await app.PageIdAsync("en");
        var address = $"/manager/faq/{id}/question/forgot-password";
        var form = await editor.GetDocumentAsync(address);
        var before = (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "forgot-password");
        var limit = (field == "Answer" ? PageValidator.AnswerMax : PageValidator.QuestionMax).ToString(CultureInfo.InvariantCulture);

        using var response = await editor.SubmitAsync(form, "#question-form", new Dictionary<string, string>
        {
            [$"Input.{field}"] = new string('a', length), ["command"] = "save",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), $"http://localhost{address}");
        var message = ManagerWords.Problem(language, new Problem(ProblemCode.TooLong, [limit]));
        Assert.Contains(limit, message, StringComparison.Ordinal);
        Assert.Equal(message, page.QuerySelector($"#f-{field.ToLowerInvariant()}")!.Closest(".field")!.QuerySelector(".field-error")?.TextContent);
        Assert.Equal(before, (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "forgot-password"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task ARedirectAddressTooLongSaysSoWithItsLimit(string language)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);
        var page = await editor.GetDocumentAsync("/manager/redirects?site=en");
        var target = page.QuerySelector("#f-to option[value]:not([value=''])")!.GetAttribute("value")!;

        using var response = await editor.SubmitAsync(page, "#new-redirect-form", new Dictionary<string, string>
        {
            ["Input.From"] = new string('a', 600), ["Input.To"] = target,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var shown = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var limit = Slug.MaxLength.ToString(CultureInfo.InvariantCulture);
        var message = ManagerWords.Problem(language, new Problem(ProblemCode.AddressTooLong, [limit]));
        Assert.Contains(limit, message, StringComparison.Ordinal);
        Assert.Equal(message, shown.QuerySelector("#f-from")!.Closest(".field")!.QuerySelector(".field-error")?.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.Redirects.CountAsync()));
    }
}
