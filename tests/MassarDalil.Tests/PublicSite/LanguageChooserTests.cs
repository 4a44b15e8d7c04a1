using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.PublicSite;

public class LanguageChooserTests
{
    [Theory]
    [InlineData(null, null, "/ar/")]
    [InlineData(null, "en-US,en;q=0.9", "/en/")]
    [InlineData(null, "fr-FR,fr;q=0.9,en;q=0.5", "/en/")]
    [InlineData(null, "fr-FR", "/ar/")]
    [InlineData("en", "ar-MA", "/en/")]
    [InlineData("ar", "en", "/ar/")]
    [InlineData("xx", "en", "/en/")]
    public async Task RootRedirectsByCookieThenAcceptLanguageThenArabic(string? cookie, string? acceptLanguage, string expected)
    {
        using var app = new MassarApp();
        var client = app.CreateVisitor();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"lang={cookie}");
        }
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }
}
