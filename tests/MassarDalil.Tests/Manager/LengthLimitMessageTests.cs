using System.Globalization;
using System.Net;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Search;
using MassarDalil.Content.Text;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager;
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

    /// <summary>
    /// A home page's or guide's text is refused past its limit, like an answer, whatever fills it: a megabyte of what is
    /// slowest to read as Markdown or to space as French is answered at once, and the form still holds it.
    /// </summary>
    [Theory]
    [InlineData("en", "b")]
    [InlineData("fr", "a.")]
    [InlineData("fr", "[a](")]
    [InlineData("ar", "*a")]
    public async Task APageTextTooLongSaysItsLimitKeepsWhatWasTypedAndStoresNothing(string site, string unit)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var id = await app.PageIdAsync(site, PageType.Home);
        var address = ManagerLinks.Edit(id, PageType.Home);
        var form = await editor.GetDocumentAsync(address);
        var before = (await app.StoredPageAsync(id)).Draft;
        var typed = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length)) + " Vraiment ?";

        using var response = await editor.SubmitAsync(form, "#page-form", new Dictionary<string, string>
        {
            ["Input.Body"] = typed, ["command"] = "save",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), $"http://localhost{address}");
        var field = page.QuerySelector("#f-body")!;
        var limit = PageValidator.BodyMax.ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"This text is too long: at most {limit} characters.", field.Closest(".field")!.QuerySelector(".field-error")?.TextContent);
        Assert.Equal(typed, field.TextContent);
        Assert.Equal(before.Body, (await app.StoredPageAsync(id)).Draft.Body);
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

    [Theory]
    [InlineData("en", ProblemCode.SearchTermTooLong)]
    [InlineData("ar", ProblemCode.SearchTermTooLong)]
    [InlineData("en", ProblemCode.TooManySearchTerms)]
    [InlineData("ar", ProblemCode.TooManySearchTerms)]
    public async Task SearchTermsOneOverTheLimitAreToldTheRealLimitAndKeepWhatWasTyped(string language, ProblemCode code)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);
        var id = await app.PageIdAsync("en");
        var before = await app.StoredPageAsync(id);
        var (terms, max) = code == ProblemCode.SearchTermTooLong
            ? (LongTerm(QuestionSearchTerms.MaxTermLength + 1), QuestionSearchTerms.MaxTermLength)
            : (ManyTerms(QuestionSearchTerms.MaxTerms + 1), QuestionSearchTerms.MaxTerms);

        using var response = await SaveSearchTermsAsync(editor, id, terms);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var limit = max.ToString(CultureInfo.InvariantCulture);
        var message = ManagerWords.Problem(language, new Problem(code, [limit]));
        Assert.Contains(limit, message, StringComparison.Ordinal);
        var field = page.QuerySelector("#f-searchterms")!;
        Assert.Equal(message, field.Closest(".field")!.QuerySelector(".field-error")?.TextContent);
        Assert.Equal(terms, field.GetAttribute("value"));
        Assert.Equal(before.DraftVersion, (await app.StoredPageAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task SearchTermsExactlyAtTheLimitsAreStored()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("en");
        var terms = ManyTerms(QuestionSearchTerms.MaxTerms - 1) + ", " + LongTerm(QuestionSearchTerms.MaxTermLength);

        using var response = await SaveSearchTermsAsync(editor, id, terms);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "forgot-password").SearchTerms;
        Assert.Equal(QuestionSearchTerms.MaxTerms, stored.Count);
        Assert.Equal(QuestionSearchTerms.MaxTermLength, stored.Max(t => t.Length));
    }

    private static async Task<HttpResponseMessage> SaveSearchTermsAsync(HttpClient editor, int id, string terms)
    {
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}/question/forgot-password");
        return await editor.SubmitAsync(form, "#question-form", new Dictionary<string, string> { ["Input.SearchTerms"] = terms, ["command"] = "save" });
    }

    /// <summary>One term of letters only, so nothing but its length can be refused.</summary>
    private static string LongTerm(int length) => new('z', length);

    /// <summary>Distinct words of letters: "mot aa, mot ab, …".</summary>
    private static string ManyTerms(int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => $"mot {(char)('a' + (i / 26))}{(char)('a' + (i % 26))}"));
}
