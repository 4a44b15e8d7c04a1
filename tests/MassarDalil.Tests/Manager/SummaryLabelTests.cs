using System.Net;
using AngleSharp.Dom;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>
/// The summary at the top of a refused form names each field as the form's label reads, in the editor's language,
/// never by the name of a property of the code (Slug, TranslationKey, SearchTerms).
/// </summary>
public class SummaryLabelTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task TheNewGuideSummaryNamesTheAddressAndTheTranslationKeyAsTheirLabels(string language)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);
        var form = await editor.GetDocumentAsync("/manager/guides/new");

        using var response = await editor.SubmitAsync(form, "#new-guide-form", new Dictionary<string, string>
        {
            ["Input.Site"] = "en", ["Input.Title"] = "A guide", ["Input.Slug"] = "Not An Address!", ["Input.TranslationKey"] = "Not A Key",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        AssertEachSummaryLineNamesItsLabel(await Html.ParseAsync(await response.Content.ReadAsStringAsync()), 2);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task TheQuestionSummaryNamesTheSearchTermsAsTheirLabel(string language)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);
        var id = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}/question/forgot-password");

        // A phone number is never a search term (QuestionSearchTerms).
        using var response = await editor.SubmitAsync(form, "#question-form", new Dictionary<string, string>
        {
            ["Input.SearchTerms"] = "mot de passe, 0612345678", ["command"] = "save",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        AssertEachSummaryLineNamesItsLabel(await Html.ParseAsync(await response.Content.ReadAsStringAsync()), 1);
    }

    /// <summary>Each line reads "label: message", with the label and the message of the field it links to.</summary>
    private static void AssertEachSummaryLineNamesItsLabel(IDocument page, int lines)
    {
        var links = page.QuerySelectorAll(".error-summary li a");
        Assert.Equal(lines, links.Length);
        Assert.All(links, link =>
        {
            var id = link.GetAttribute("href")!.TrimStart('#');
            var label = page.QuerySelector($"label[for='{id}']")!.TextContent;
            var message = page.GetElementById(id)!.Closest(".field")!.QuerySelector(".field-error")!.TextContent;
            Assert.Equal($"{label}: {message}", link.TextContent);
        });
    }
}
