using System.Globalization;
using System.Net;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Http;

/// <summary>
/// If-Modified-Since is compared only when it is a date no later than the server's now (RFC 9110 §13.1.3): an outside
/// probe sent one a year ahead and got 304 from pages and the API, so a client could keep its copy through every
/// publish until that date. Every path that answers 304 is asked: a page answered before routing, a page from the
/// output cache (a query keeps it there), the API from the output cache and from its endpoint (a request with
/// credentials is not answered from the cache), and the sitemap; by GET and HEAD, over Kestrel.
/// </summary>
public class IfModifiedSinceTests(IfModifiedSinceTests.ClockedSite site) : IClassFixture<IfModifiedSinceTests.ClockedSite>
{
    /// <summary>The site on a loopback port with a clock that stands still half a second past a whole second.</summary>
    public sealed class ClockedSite : ReadOnlySite
    {
        public ClockedSite()
            : this(new ManualClock(DateTimeOffset.UnixEpoch.AddSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 3600).AddMilliseconds(500)))
        {
        }

        private ClockedSite(ManualClock clock)
            : base(app =>
            {
                app.StartOnLoopback();
                return Task.CompletedTask;
            }, services: s => s.AddSingleton<TimeProvider>(clock)) => Clock = clock;

        public ManualClock Clock { get; }
    }

    // What the field holds, against the page's Last-Modified and the site's now.
    private static readonly (string Date, HttpStatusCode Status)[] Dates =
    [
        ("long ago", HttpStatusCode.OK),
        ("last modified", HttpStatusCode.NotModified),
        ("now", HttpStatusCode.NotModified),
        ("a second ahead", HttpStatusCode.OK),
        ("a year ahead", HttpStatusCode.OK),
        ("unparsable", HttpStatusCode.OK),
    ];

    private static readonly (string Path, string Authorization)[] Addresses =
    [
        ("/en/faq", ""),
        ("/en/faq?from=output-cache", ""),
        ("/api/v1/en/pages", ""),
        ("/api/v1/en/pages", "Bearer not-from-the-cache"),
        ("/sitemap.xml", ""),
    ];

    public static TheoryData<string, string, string, string, HttpStatusCode> Requests()
    {
        var data = new TheoryData<string, string, string, string, HttpStatusCode>();
        foreach (var (path, authorization) in Addresses)
        {
            foreach (var method in new[] { "GET", "HEAD" })
            {
                foreach (var (date, status) in Dates)
                {
                    data.Add(method, path, authorization, date, status);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task AnIfModifiedSinceLaterThanNowOrUnreadableIsIgnored(string method, string path, string authorization, string date,
        HttpStatusCode expected)
    {
        var app = await site.AppAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.LoopbackAddress! };
        // Twice each way, so every cache on the path holds the response before the condition is asked.
        HttpResponseMessage? warm = null;
        foreach (var warmMethod in new[] { "GET", "GET", "HEAD", "HEAD" })
        {
            warm?.Dispose();
            warm = await SendAsync(client, warmMethod, path, authorization, null);
        }
        var lastModified = warm!.Content.Headers.LastModified!.Value;
        var now = site.Clock.GetUtcNow();
        var value = date switch
        {
            "long ago" => "Thu, 01 Jan 2015 00:00:00 GMT",
            "last modified" => lastModified.ToString("R", CultureInfo.InvariantCulture),
            "now" => now.ToString("R", CultureInfo.InvariantCulture),
            "a second ahead" => now.AddSeconds(1).ToString("R", CultureInfo.InvariantCulture),
            "a year ahead" => now.AddYears(1).ToString("R", CultureInfo.InvariantCulture),
            _ => "yesterday",
        };
        warm.Dispose();

        using var response = await SendAsync(client, method, path, authorization, value);

        Assert.True(lastModified <= now, $"Last-Modified {lastModified:R} is after the site's now {now:R}");
        Assert.Equal(expected, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string authorization, string? since)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        if (since is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", since);
        }
        return await client.SendAsync(request);
    }
}
