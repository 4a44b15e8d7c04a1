using AngleSharp.Dom;
using System.Text.Json;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>The manager's own words follow the same rule as <c>/</c> (LanguagePreference), with its own cookie.</summary>
public class ManagerLanguageTests
{
    [Theory]
    [InlineData(null, null, "ar", "rtl")]
    [InlineData(null, "en-GB", "en", "ltr")]
    [InlineData(null, "ar;q=0", "en", "ltr")]
    [InlineData(null, "ar;q=0, de", "en", "ltr")]
    [InlineData(null, "ar;q=0, fr", "fr", "ltr")]
    [InlineData(null, "fr-MA, ar;q=0.9", "fr", "ltr")]
    [InlineData(null, "fr-FR", "fr", "ltr")]
    [InlineData(null, "en;q=0.5, ar;q=0.8", "ar", "rtl")]
    [InlineData(null, "de, *;q=0.5, ar;q=0", "en", "ltr")]
    [InlineData(null, "EN;q=0.7, ar;q=0.7", "en", "ltr")]
    [InlineData("en", "ar", "en", "ltr")]
    [InlineData("ar", "en", "ar", "rtl")]
    [InlineData("fr", "ar", "fr", "ltr")]
    [InlineData("FR", null, "fr", "ltr")]
    [InlineData("xx", "en", "en", "ltr")]
    public async Task TheSignInPageIsInTheLanguageTheCookieThenTheBrowserAsksFor(string? cookie, string? acceptLanguage, string language, string direction)
    {
        var login = await SignInPageAsync(cookie, acceptLanguage);

        Assert.Equal((language, direction), (login.DocumentElement.GetAttribute("lang"), login.DocumentElement.GetAttribute("dir")));
    }

    [Fact]
    public async Task TheEditorChoosesTheManagersLanguageAndArabicIsRightToLeft()
    {
        using var app = ManagerAccess.NewApp();
        var client = app.CreateBrowser();
        var arabic = await client.GetDocumentAsync("/manager/login");
        Assert.Equal(("ar", "rtl", "تسجيل الدخول"), LanguageDirectionAndHeading(arabic));

        using var switched = await client.SubmitAsync(arabic, "form[action='/manager/language']");
        var english = await client.GetDocumentAsync(switched.Location()!);

        Assert.Equal(("en", "ltr", "Sign in"), LanguageDirectionAndHeading(english));

        using var french = await client.SubmitAsync(english, "form[action='/manager/language']:has(input[value='fr'])");
        var page = await client.GetDocumentAsync(french.Location()!);
        Assert.Equal(("fr", "ltr", "Connexion"), LanguageDirectionAndHeading(page));
    }

    [Theory]
    [InlineData("ar", "هذه ليست منصة مسار.", "رمز مسار")]
    [InlineData("en", "This is not Massar.", "Massar username, code or password")]
    [InlineData("fr", "Ceci n'est pas Massar.", "code Massar")]
    public async Task TheSignInPageTellsAPupilWhoLandsThereNotToTypeTheirMassarCodeOrPassword(string language, string opening, string named)
    {
        var login = await SignInPageAsync(language);

        var warning = login.QuerySelector("#not-massar")!.TextContent;
        Assert.StartsWith(opening, warning, StringComparison.Ordinal);
        Assert.Contains(named, warning, StringComparison.Ordinal);
        // Before the form, where it is read before anything is typed.
        Assert.Equal(DocumentPositions.Following, login.QuerySelector("#not-massar")!.CompareDocumentPosition(login.QuerySelector("#login-form")!) & DocumentPositions.Following);
    }

    [Fact]
    public async Task TheSwitchNamesEachOtherLanguageInItselfAsAButtonWritesIt()
    {
        var login = await SignInPageAsync("ar");

        // .NET names French «français», as inside a sentence; a button alone starts with a capital.
        Assert.Equal(
            [("en", "English"), ("fr", "Français")],
            login.QuerySelectorAll("form[action='/manager/language'] button").Select(b => (b.GetAttribute("lang"), b.TextContent)));
    }

    [Theory]
    [InlineData("ar", "لم تُحفظ التغييرات. هل تريد المغادرة؟", "غامق")]
    [InlineData("en", "Changes are not saved. Leave anyway?", "Bold")]
    [InlineData("fr", "Les modifications ne sont pas enregistrées. Quitter quand même\u202F?", "Gras")]
    public async Task TheWordsTheScriptWritesComeInTheEditorsLanguage(string language, string leave, string bold)
    {
        var login = await SignInPageAsync(language);

        // Read as manager.js reads it: the element's text, parsed as JSON.
        var words = JsonSerializer.Deserialize<Dictionary<string, string>>(login.QuerySelector("script#manager-words")!.TextContent)!;
        Assert.Equal((leave, bold), (words["leave"], words["bold"]));
        Assert.Equal(["address", "bold", "leave", "link", "list", "preview", "toolbar", "unsafe"], words.Keys.Order(StringComparer.Ordinal));
        Assert.All(words.Values, w => Assert.False(string.IsNullOrWhiteSpace(w)));
    }

    /// <summary>The sign-in page as a visitor gets it, with the manager's language cookie and Accept-Language when given.</summary>
    private static async Task<IDocument> SignInPageAsync(string? cookie, string? acceptLanguage = null)
    {
        using var app = new MassarApp();
        var client = app.CreateVisitor();
        if (cookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", $"manager-lang={cookie}");
        }
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }
        return await client.GetDocumentAsync("/manager/login");
    }

    private static (string?, string?, string) LanguageDirectionAndHeading(IDocument page) =>
        (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir"), page.QuerySelector("h1")!.TextContent);
}
