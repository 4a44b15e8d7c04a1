using System.Net;
using MassarDalil.Content.Pages;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager;

namespace MassarDalil.Tests.Manager;

/// <summary>The texts editor names each text by where visitors read it, with its key beside it for developers.</summary>
public class SiteTextLabelTests
{
    [Fact]
    public void EveryTextAndGroupOfTheCatalogueHasALabelInEveryManagerLanguage()
    {
        var missing = SiteTextCatalogue.Keys.Where(k => SiteTextLabels.Text(k.Key) is null).Select(k => k.Key)
            .Concat(SiteTextCatalogue.Groups.Where(g => SiteTextLabels.Group(g) == g))
            .ToList();
        var labels = SiteTextCatalogue.Keys.Select(k => SiteTextLabels.Text(k.Key)).OfType<string>()
            .Concat(SiteTextCatalogue.Groups.Select(SiteTextLabels.Group)).Distinct().ToList();
        // English is the key itself; Arabic must be written (the translation test checks the files agree).
        var untranslated = labels.Where(l => ManagerWords.In("ar", t => t[l]) == l).ToList();

        Assert.True(missing.Count == 0, "no label: " + string.Join(", ", missing));
        Assert.True(untranslated.Count == 0, "no Arabic: " + string.Join(" | ", untranslated));
    }

    [Theory]
    [InlineData("en", "Heading above the calculated average")]
    [InlineData("ar", "العنوان فوق المعدل المحسوب")]
    public async Task EachFieldIsLabelledByWhereItAppearsAndARefusedOneIsNamedSoInTheSummary(string language, string label)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);
        var id = await app.PageIdAsync(language, PageType.Texts);
        var form = await editor.GetDocumentAsync($"/manager/texts/{id}");

        Assert.Equal(label, form.QuerySelector("label[for='f-average-your-average']")!.TextContent);
        Assert.Equal("average.your-average", form.QuerySelector("#f-average-your-average-key")!.TextContent);
        Assert.Equal("ltr", form.QuerySelector("#f-average-your-average-key")!.GetAttribute("dir"));

        var typed = new string('x', SiteTextRules.MaxLength + 1);
        using var response = await editor.SubmitAsync(form, "#texts-form", new Dictionary<string, string>
        {
            [form.QuerySelector("#f-average-your-average")!.GetAttribute("name")!] = typed, ["command"] = "save",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.StartsWith($"{label} (average.your-average): ", page.QuerySelector(".error-summary li a")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, page.QuerySelector("#f-average-your-average")!.TextContent);
    }
}
