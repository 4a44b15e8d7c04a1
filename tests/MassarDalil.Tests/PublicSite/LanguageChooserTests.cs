using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.PublicSite;

/// <summary><c>/</c> picks a site by LanguagePreference: the cookie, then Accept-Language with its q-values, then Arabic.</summary>
public class LanguageChooserTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    [Theory]
    [InlineData(null, null, "/ar/")]
    [InlineData(null, "en-US,en;q=0.9", "/en/")]
    // French browsers, whatever their region, land on the French site.
    [InlineData(null, "fr", "/fr/")]
    [InlineData(null, "fr-FR", "/fr/")]
    [InlineData(null, "fr-MA", "/fr/")]
    [InlineData(null, "FR-ma", "/fr/")]
    [InlineData(null, "fr-FR,fr;q=0.9,en;q=0.5", "/fr/")]
    [InlineData(null, "fr-CA;q=0.8, ar;q=0.5", "/fr/")]
    [InlineData(null, "ar-MA, fr-FR;q=0.9, en;q=0.8", "/ar/")]
    [InlineData(null, "en-US, fr-FR;q=0.9", "/en/")]
    [InlineData(null, "de-DE", "/ar/")]
    // q=0 refuses a language, even as the fallback; when every site is refused, the default stays.
    [InlineData(null, "ar;q=0", "/en/")]
    [InlineData(null, "ar;q=0, fr", "/fr/")]
    [InlineData(null, "ar;q=0, de", "/en/")]
    [InlineData(null, "ar;q=0.0, en;q=0.1", "/en/")]
    [InlineData(null, "en;q=0, ar;q=0", "/fr/")]
    [InlineData(null, "en;q=0, ar;q=0, fr;q=0", "/ar/")]
    [InlineData(null, "en;q=0", "/ar/")]
    // q-values reorder; equal ones keep the header's order.
    [InlineData(null, "en;q=0.5, ar;q=0.8", "/ar/")]
    [InlineData(null, "ar;q=0.3, en", "/en/")]
    [InlineData(null, "ar;q=0.5, en;q=0.5", "/ar/")]
    [InlineData(null, "en;q=0.5, ar;q=0.5", "/en/")]
    [InlineData(null, "fr, en;q=0.3, ar;q=0.2", "/fr/")]
    [InlineData(null, "de, en;q=0.3, ar;q=0.2", "/en/")]
    // * is every language the header does not name.
    [InlineData(null, "*", "/ar/")]
    [InlineData(null, "fr, *;q=0.1", "/fr/")]
    [InlineData(null, "de, *;q=0.1", "/ar/")]
    [InlineData(null, "ar;q=0, en;q=0.1, *", "/fr/")]
    [InlineData(null, "ar;q=0, *", "/en/")]
    [InlineData(null, "en;q=0.2, *;q=0.5", "/ar/")]
    [InlineData(null, "en, *;q=0", "/en/")]
    // A region or script asks for its language.
    [InlineData(null, "en-GB", "/en/")]
    [InlineData(null, "en-GB;q=0.9, ar-MA;q=0.8", "/en/")]
    [InlineData(null, "ar-MA, en-GB", "/ar/")]
    [InlineData(null, "en-Latn-GB", "/en/")]
    [InlineData(null, "en-GB;q=0, en", "/en/")]
    // Case does not matter.
    [InlineData(null, "AR;q=0.4, EN-gb;q=0.6", "/en/")]
    [InlineData(null, "En, aR", "/en/")]
    [InlineData(null, "ar;Q=0, en", "/en/")]
    // A malformed item is skipped; the well-formed ones still count.
    [InlineData(null, "en;q=2, ar;q=0.5", "/ar/")]
    [InlineData(null, "en;q=abc", "/ar/")]
    [InlineData(null, "en;q=0.5;q=1, ar;q=0.1", "/ar/")]
    [InlineData(null, "en-, ar;q=0.4", "/ar/")]
    [InlineData(null, "en_GB", "/ar/")]
    [InlineData(null, ";;;,,, en", "/en/")]
    [InlineData(null, "\"en\"", "/ar/")]
    [InlineData(null, "en;level=1", "/ar/")]
    // The cookie wins when it names a site, in any case; otherwise it is ignored.
    [InlineData("en", "ar-MA", "/en/")]
    [InlineData("ar", "en", "/ar/")]
    [InlineData("EN", "ar", "/en/")]
    [InlineData("en", "en;q=0, ar", "/en/")]
    [InlineData("xx", "en", "/en/")]
    [InlineData("fr", "en", "/fr/")]
    [InlineData("fr", "ar-MA", "/fr/")]
    [InlineData("de", "en", "/en/")]
    [InlineData("", "en", "/en/")]
    [InlineData("en-GB", "en", "/en/")]
    [InlineData("en-GB", "ar", "/ar/")]
    [InlineData("..%2Fen", null, "/ar/")]
    public async Task RootRedirectsByCookieThenAcceptLanguageThenArabic(string? cookie, string? acceptLanguage, string expected)
    {
        var client = (await site.AppAsync()).CreateVisitor();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"lang={cookie}");
        }
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }
}
