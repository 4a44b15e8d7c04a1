using System.Net;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>
/// An editor types French with a plain space before a colon, or none, as keyboards allow; the French site stores and
/// shows the narrow no-break space that keeps the colon on its line. Other languages keep what was typed.
/// </summary>
public class FrenchSpacingSaveTests
{
    private const char Thin = '\u202F';

    [Fact]
    public async Task AFrenchAnswerSavedWithPlainSpacesIsStoredAndShownWithNarrowNoBreakSpaces()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var id = await app.PageIdAsync("fr");
        var address = $"/manager/faq/{id}/question/wrong-grade";
        var form = await editor.GetDocumentAsync(address);

        using var saved = await editor.SubmitAsync(form, "#question-form", new Dictionary<string, string>
        {
            ["Input.Question"] = "Ma note est fausse: que faire ?",
            ["Input.Answer"] = "Parlez d'abord à votre professeur : il vérifie la note ! Voir «la FAQ» et `code : 1`.",
            ["command"] = "save",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var question = (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "wrong-grade");
        Assert.Equal($"Ma note est fausse{Thin}: que faire{Thin}?", question.Question);
        Assert.Equal($"Parlez d'abord à votre professeur{Thin}: il vérifie la note{Thin}! Voir «{Thin}la FAQ{Thin}» et `code : 1`.", question.Answer);
        var reopened = await editor.GetDocumentAsync(address);
        Assert.Equal(question.Answer, reopened.QuerySelector("[name='Input.Answer']")!.TextContent);
    }

    [Theory]
    [InlineData("fr", "Votre moyenne : {0} / 20", "Votre moyenne\u202F: {0} / 20")]
    [InlineData("en", "Your average : {0} / 20", "Your average : {0} / 20")]
    [InlineData("ar", "معدلك : {0} / 20", "معدلك : {0} / 20")]
    public async Task ASiteTextGetsFrenchSpacingOnTheFrenchSiteOnly(string site, string typed, string stored)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var id = await app.PageIdAsync(site, PageType.Texts);
        var form = await editor.GetDocumentAsync($"/manager/texts/{id}");

        using var saved = await editor.SubmitAsync(form, "#texts-form", new Dictionary<string, string>
        {
            [form.QuerySelector("#f-average-your-average")!.GetAttribute("name")!] = typed, ["command"] = "save",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(stored, (await app.StoredPageAsync(id)).Draft.Texts["average.your-average"]);
    }

    [Theory]
    [InlineData("fr", "Portail des élèves : entrée", "Portail des élèves\u202F: entrée")]
    [InlineData("en", "Student portal : entry", "Student portal : entry")]
    public async Task AnOfficialLinksLabelGetsFrenchSpacingAndTheNavigationFileStillReads(string site, string typed, string stored)
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync(site, PageType.Navigation);
        var form = await editor.GetDocumentAsync($"/manager/navigation/{id}");

        var (saved, _) = await editor.NavigationCommandAsync(form, "save", new() { ["Input.Footer[0].Label"] = typed });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var menu = NavigationFile.Parse("", (await app.StoredPageAsync(id)).Draft.Body, [])!;
        Assert.Equal(stored, menu.Footer[0].Label);
        Assert.Equal("https://moutamadris.men.gov.ma", menu.Footer[0].Link);
    }
}
