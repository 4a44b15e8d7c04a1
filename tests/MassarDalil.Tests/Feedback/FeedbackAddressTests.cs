using System.Net;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Feedback;

/// <summary>
/// The vote endpoint takes only POST; any other method at its address is 405 with <c>Allow: POST</c>. The guide route
/// (<c>/{lang}/{slug}</c>) once took every GET of it and answered that no such page exists (an outside probe).
/// </summary>
public class FeedbackAddressTests(FeedbackAddressTests.PublishedRouting site) : IClassFixture<FeedbackAddressTests.PublishedRouting>
{
    /// <summary>
    /// Routing as a published site has it: a build's manifest adds the static assets' run-time fallback
    /// (<c>{**path:file}</c>, GET and HEAD), which routing counts as a GET route for every address, so it would
    /// answer 404 here and nowhere a site is run from (docs/operations.md runs the output of <c>dotnet publish</c>).
    /// </summary>
    public sealed class PublishedRouting() : ReadOnlySite(_ => Task.CompletedTask, new() { ["ReloadStaticAssetsAtRuntime"] = "false" });

    [Theory]
    [InlineData("GET", "/en/feedback")]
    [InlineData("HEAD", "/ar/feedback")]
    [InlineData("PUT", "/fr/feedback")]
    [InlineData("DELETE", "/en/feedback")]
    [InlineData("PATCH", "/ar/feedback")]
    [InlineData("GET", "/fr/Feedback")]
    public async Task EveryMethodButPostIsRefusedSayingPostIsTheOne(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await (await site.AppAsync()).CreateVisitor().SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task AVoteStillReachesTheEndpoint()
    {
        // Not same-origin: the endpoint's own refusal, not routing's.
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = "forgot-password", ["helpful"] = "yes" });

        using var response = await (await site.AppAsync()).CreateVisitor().PostAsync("/en/feedback", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
