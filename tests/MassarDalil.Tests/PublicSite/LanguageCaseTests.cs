using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.PublicSite;

/// <summary>
/// A language typed in capitals is the site in its own key: a permanent redirect to the same address with only that
/// segment changed (the rest of a path already matches in any case), never a 404 and never another site.
/// </summary>
public class LanguageCaseTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    [Theory]
    [InlineData("/AR/faq", "/ar/faq")]
    [InlineData("/Ar", "/ar")]
    [InlineData("/En/faq/forgot-password?ref=sms", "/en/faq/forgot-password?ref=sms")]
    [InlineData("/FR/faq/topic/activation", "/fr/faq/topic/activation")]
    [InlineData("/AR/search?q=%D9%83%D9%84%D9%85%D8%A9", "/ar/search?q=%D9%83%D9%84%D9%85%D8%A9")]
    [InlineData("/EN/tools/average", "/en/tools/average")]
    // An encoded slash stays in the path it came with: the address cannot become another host.
    [InlineData("/AR/%2F%2Fevil.example", "/ar/%2F%2Fevil.example")]
    public async Task ALanguageInCapitalsIsSentToTheSameAddressInItsSitesKey(string typed, string location)
    {
        using var response = await (await site.AppAsync()).CreateVisitor().GetAsync(typed);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/ZZ/faq")]
    [InlineData("/ar/faq/NO-SUCH-QUESTION")]
    [InlineData("/XX")]
    public async Task ALanguageNoSiteHasIsStillNotFound(string typed)
    {
        using var response = await (await site.AppAsync()).CreateVisitor().GetAsync(typed);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
