using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Caching;

/// <summary>
/// A cached answer serves only its own address, letter for letter: the site's addresses are lower case, and an
/// address in other case gets what it gets on a cold cache, whatever was cached before it.
/// </summary>
public class PathCaseTests
{
    [Theory]
    [InlineData("/api/v1/ar/pages", "/api/v1/AR/pages", HttpStatusCode.NotFound)]
    // A language in capitals is sent to its site's own key (LanguageCaseTests), not served the cached page.
    [InlineData("/ar/faq", "/AR/faq", HttpStatusCode.MovedPermanently)]
    [InlineData("/en/", "/EN/", HttpStatusCode.MovedPermanently)]
    [InlineData("/en/faq/forgot-password", "/en/faq/Forgot-Password", HttpStatusCode.NotFound)]
    // Fixed words of an address are matched without case by routing, so this one is the FAQ, cached on its own.
    [InlineData("/ar/faq", "/ar/FAQ", HttpStatusCode.OK)]
    public async Task AnAddressInOtherCaseGetsItsOwnAnswerAfterTheLowerCaseOneIsCached(string cached, string other, HttpStatusCode expected)
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        foreach (var encoding in new[] { "", "br" })
        {
            using var first = await EncodingNegotiationTests.SendAsync(visitor, cached, encoding);
            using var again = await EncodingNegotiationTests.SendAsync(visitor, cached, encoding);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.NotNull(again.Headers.Age); // served from the cache

            using var response = await EncodingNegotiationTests.SendAsync(visitor, other, encoding);

            Assert.Equal(expected, response.StatusCode);
        }
    }
}
