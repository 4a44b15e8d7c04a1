using System.Globalization;
using System.Net;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>The site texts page refuses a text at its own field, and the summary's link leads there.</summary>
public class SiteTextFieldMessageTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task ASiteTextOverItsLimitIsRefusedAtItsFieldSayingTheLimit(string language)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);
        var id = await app.PageIdAsync(language, PageType.Texts);
        var form = await editor.GetDocumentAsync($"/manager/texts/{id}");
        var limit = SiteTextRules.MaxLength.ToString(CultureInfo.InvariantCulture);
        var typed = new string('x', SiteTextRules.MaxLength + 500);
        var before = (await app.StoredPageAsync(id)).Draft.Texts["site.name"];

        using var response = await editor.SubmitAsync(form, "#texts-form", new Dictionary<string, string>
        {
            [form.QuerySelector("#f-site-name")!.GetAttribute("name")!] = typed, ["command"] = "save",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), $"http://localhost/manager/texts/{id}");
        var field = page.QuerySelector("#f-site-name")!;
        var message = ManagerWords.Problem(language, new Problem(ProblemCode.TooLong, [limit]));
        Assert.Contains(limit, message, StringComparison.Ordinal);
        Assert.Equal(message, field.ParentElement!.QuerySelector(".field-error")?.TextContent);
        Assert.Equal(typed, field.TextContent);
        var link = Assert.Single(page.QuerySelectorAll(".error-summary li a"));
        Assert.Same(field, page.QuerySelector(link.GetAttribute("href")!));
        Assert.EndsWith(": " + message, link.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, (await app.StoredPageAsync(id)).Draft.Texts["site.name"]);
    }
}
