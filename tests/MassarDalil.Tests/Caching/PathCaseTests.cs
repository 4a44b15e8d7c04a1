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
    // A page's address in other case is sent to the page's own (AddressVariantTests), never served the cached page
    // nor cached on its own.
    [InlineData("/ar/faq", "/AR/faq", HttpStatusCode.MovedPermanently)]
    [InlineData("/en/", "/EN/", HttpStatusCode.MovedPermanently)]
    [InlineData("/en/faq/forgot-password", "/en/faq/Forgot-Password", HttpStatusCode.MovedPermanently)]
    [InlineData("/ar/faq", "/ar/FAQ", HttpStatusCode.MovedPermanently)]
    [InlineData("/en/faq/forgot-password", "/en/faq/NO-SUCH-QUESTION", HttpStatusCode.NotFound)]
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
