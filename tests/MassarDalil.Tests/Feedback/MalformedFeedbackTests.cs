using System.Net;
using System.Text;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Feedback;

/// <summary>Every variant is refused and stores nothing, so the variants share one site: the votes stay at none throughout.</summary>
public class MalformedFeedbackTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    private const string Multipart = "multipart/form-data; boundary=vote";

    public static TheoryData<string, string, string> Bodies => new()
    {
        { "wrong content type", "text/plain", "key=forgot-password&helpful=yes" },
        { "JSON", "application/json", "{\"key\":\"forgot-password\",\"helpful\":\"yes\"}" },
        { "no body", "application/x-www-form-urlencoded", "" },
        { "multipart without a boundary", "multipart/form-data", "--vote\r\nContent-Disposition: form-data; name=\"helpful\"\r\n\r\nyes\r\n--vote--\r\n" },
        { "truncated multipart", Multipart, "--vote\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nforgot-pass" },
        { "multipart part without headers", Multipart, "--vote\r\n\r\nyes\r\n--vote--\r\n" },
        { "too many fields", "application/x-www-form-urlencoded", string.Join('&', Enumerable.Range(0, 5000).Select(i => $"f{i}=x")) + "&key=forgot-password&helpful=yes" },
        { "a huge value", "application/x-www-form-urlencoded", "key=forgot-password&helpful=yes&reason=" + new string('x', 200_000) },
        { "a huge key", "application/x-www-form-urlencoded", new string('k', 100_000) + "=1&key=forgot-password&helpful=yes" },
        { "a huge multipart file", Multipart, "--vote\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.bin\"\r\n\r\n" + new string('x', 300_000) + "\r\n--vote--\r\n" },
        { "helpful is neither yes nor no", "application/x-www-form-urlencoded", "key=forgot-password&helpful=maybe" },
        { "helpful twice", "application/x-www-form-urlencoded", "key=forgot-password&helpful=yes&helpful=no" },
        { "an unknown question", "application/x-www-form-urlencoded", "key=no-such-question&helpful=yes" },
        { "a key of bytes that are not UTF-8", "application/x-www-form-urlencoded", "key=%FF%FE%00&helpful=yes" },
        { "a long key", "application/x-www-form-urlencoded", "key=" + new string('a', 1000) + "&helpful=yes" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task AMalformedOrOversizedVoteIsABadRequestAndStoresNothing(string what, string contentType, string body)
    {
        var app = await site.AppAsync();
        var client = app.CreateVisitor();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/en/feedback") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Add("Origin", "http://localhost");

        using var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.AnswerVotes.Count())));
    }
}
