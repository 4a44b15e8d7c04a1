using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>The manager's own words follow the same rule as <c>/</c> (LanguagePreference), with its own cookie.</summary>
public class ManagerLanguageTests
{
    [Theory]
    [InlineData(null, null, "ar", "rtl")]
    [InlineData(null, "en-GB", "en", "ltr")]
    [InlineData(null, "ar;q=0", "en", "ltr")]
    [InlineData(null, "ar;q=0, fr", "en", "ltr")]
    [InlineData(null, "en;q=0.5, ar;q=0.8", "ar", "rtl")]
    [InlineData(null, "fr, *;q=0.5, ar;q=0", "en", "ltr")]
    [InlineData(null, "EN;q=0.7, ar;q=0.7", "en", "ltr")]
    [InlineData("en", "ar", "en", "ltr")]
    [InlineData("ar", "en", "ar", "rtl")]
    [InlineData("xx", "en", "en", "ltr")]
    public async Task TheSignInPageIsInTheLanguageTheCookieThenTheBrowserAsksFor(string? cookie, string? acceptLanguage, string language, string direction)
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

        var login = await client.GetDocumentAsync("/manager/login");

        Assert.Equal((language, direction), (login.DocumentElement.GetAttribute("lang"), login.DocumentElement.GetAttribute("dir")));
    }

    [Fact]
    public async Task TheEditorChoosesTheManagersLanguageAndArabicIsRightToLeft()
    {
        using var app = ManagerAccess.NewApp();
        var client = app.CreateBrowser();
        var arabic = await client.GetDocumentAsync("/manager/login");
        Assert.Equal(("ar", "rtl", "تسجيل الدخول"), (arabic.DocumentElement.GetAttribute("lang"), arabic.DocumentElement.GetAttribute("dir"), arabic.QuerySelector("h1")!.TextContent));

        using var switched = await client.SubmitAsync(arabic, "form[action='/manager/language']");
        var english = await client.GetDocumentAsync(switched.Location()!);

        Assert.Equal(("en", "ltr", "Sign in"), (english.DocumentElement.GetAttribute("lang"), english.DocumentElement.GetAttribute("dir"), english.QuerySelector("h1")!.TextContent));
    }
}
