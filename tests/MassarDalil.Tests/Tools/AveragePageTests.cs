using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Tools;

/// <summary>The calculator without JavaScript: a form posted to the server.</summary>
public class AveragePageTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    private static Dictionary<string, string> Rows(params (string Grade, string Coefficient)[] rows) =>
        rows.SelectMany((r, i) => new[] { ($"Rows[{i}].Grade", r.Grade), ($"Rows[{i}].Coefficient", r.Coefficient) })
            .ToDictionary(p => p.Item1, p => p.Item2);

    [Theory]
    [InlineData("ar", "حاسبة المعدل")]
    [InlineData("en", "Grade-average calculator")]
    public async Task TheCalculatorStartsWithThreeEmptyRows(string language, string title)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync($"/{language}/tools/average");

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("fieldset.grade-row").Length);
        Assert.Equal("1", page.QuerySelector("#row-0-coefficient")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("input[name=__RequestVerificationToken]"));
    }

    [Theory]
    [InlineData("en", "14.5", "Your average: 13.00 / 20", "That is 10 out of 20 or more.")]
    [InlineData("ar", "14,5", "معدلك: 13,00 / 20", "يبلغ هذا المعدل 10 على 20 أو أكثر.")]
    [InlineData("ar", "14،5", "معدلك: 13,00 / 20", "يبلغ هذا المعدل 10 على 20 أو أكثر.")]
    [InlineData("ar", "١٤،٥", "معدلك: 13,00 / 20", "يبلغ هذا المعدل 10 على 20 أو أكثر.")]
    // French sets a narrow no-break space before the colon; the text carries it, not the page.
    [InlineData("fr", "14,5", "Votre moyenne\u202F: 13,00 / 20", "C'est 10 sur 20 ou plus.")]
    public async Task PostingTheFormShowsTheAverageAndWhetherItPasses(string language, string grade, string average, string verdict)
    {
        var app = await site.AppAsync();
        var visitor = app.CreateVisitor();
        var page = await visitor.GetDocumentAsync($"/{language}/tools/average");

        using var response = await visitor.SubmitAsync(page, "form.average-form", Rows((grade, "2"), ("10", "1"), ("", "1")));
        var result = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(average, result.QuerySelector(".average-value")!.TextContent);
        Assert.Contains(verdict, result.QuerySelector("[data-result]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(result.QuerySelector(".caveat"));
        Assert.Equal(grade, result.QuerySelector("#row-0-grade")!.GetAttribute("value"));
    }

    [Fact]
    public async Task WrongFieldsAreMarkedWithAMessageEach()
    {
        var app = await site.AppAsync();
        var visitor = app.CreateVisitor();
        var page = await visitor.GetDocumentAsync("/en/tools/average");

        using var response = await visitor.SubmitAsync(page, "form.average-form", Rows(("25", "1"), ("12", "0"), ("", "1")));
        var result = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal("true", result.QuerySelector("#row-0-grade")!.GetAttribute("aria-invalid"));
        Assert.Equal("The grade must be between 0 and 20.", result.QuerySelector("#row-0-grade-error")!.TextContent);
        Assert.Equal("The coefficient must be more than 0.", result.QuerySelector("#row-1-coefficient-error")!.TextContent);
        Assert.Equal("false", result.QuerySelector("#row-2-grade")!.GetAttribute("aria-invalid"));
        Assert.Null(result.QuerySelector(".average-value"));
        Assert.Equal("Correct the marked fields, then calculate again.", result.QuerySelector(".average-problem")!.TextContent);
    }

    [Fact]
    public async Task AddingASubjectWithoutJavaScriptAddsARowAndKeepsWhatWasTyped()
    {
        var app = await site.AppAsync();
        var visitor = app.CreateVisitor();
        var page = await visitor.GetDocumentAsync("/en/tools/average");

        using var response = await visitor.SubmitAsync(page, "form.average-form",
            new Dictionary<string, string>(Rows(("15", "3"))) { ["Rows[0].Subject"] = "Maths", ["add"] = "1" });
        var result = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(4, result.QuerySelectorAll("fieldset.grade-row").Length);
        Assert.Equal("Maths", result.QuerySelector("#row-0-subject")!.GetAttribute("value"));
        Assert.Null(result.QuerySelector(".average-value"));
        Assert.Equal("", result.QuerySelector("#row-3-grade")!.GetAttribute("value") ?? "");
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task TheFaqAnswerAboutAveragesLinksToAWorkingCalculator(string language)
    {
        var app = await site.AppAsync();
        var visitor = app.CreateVisitor();
        var faq = await visitor.GetDocumentAsync($"/{language}/faq");

        var link = faq.QuerySelector($"#average-calculation a[href='/{language}/tools/average']");
        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link.GetAttribute("href"))).StatusCode);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task TheHomePageOffersTheCalculator(string language)
    {
        var app = await site.AppAsync();
        var home = await app.CreateVisitor().GetDocumentAsync($"/{language}/");

        Assert.NotNull(home.QuerySelector($".tools a[href='/{language}/tools/average']"));
    }
}
