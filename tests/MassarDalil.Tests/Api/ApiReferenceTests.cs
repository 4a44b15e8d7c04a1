using System.Net;
using System.Text.RegularExpressions;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Api;

public partial class ApiReferenceTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    [Fact]
    public async Task TheReferencePageLoadsScalarFromThisSiteUnderItsOwnNonce()
    {
        var app = await site.AppAsync();
        var visitor = app.CreateVisitor();
        using var response = await visitor.GetAsync("/api/docs/");
        var html = await response.Content.ReadAsStringAsync();

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Nonce().Match(policy).Groups[1].Value;
        var scripts = ScriptTag().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(nonce);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains($"nonce=\"{nonce}\"", s, StringComparison.Ordinal));
        Assert.Matches("script-src 'self' 'nonce-[^']+';", policy);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("https:", policy, StringComparison.Ordinal);
        using var bundle = await visitor.GetAsync("/api/docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
    }

    [Theory]
    [InlineData("/ar/faq")]
    [InlineData("/api/v1/sites")]
    [InlineData("/openapi/v1.json")]
    public async Task EveryOtherResponseKeepsTheStrictPolicy(string path)
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync(path);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
