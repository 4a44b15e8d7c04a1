using System.Net;
using System.Net.Http.Headers;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Http;

/// <summary>
/// What an address answers to a method it does not take, and which statuses get a page: a scanner's PUT once
/// reached the not-found page as a PUT, which no handler answered, and every such request was a 500 with three
/// stack traces in the log; a range beyond a file (416) or a stale validator (412) came back as "page not found".
/// </summary>
public class MethodAndStatusTests(MethodAndStatusTests.LoggedSite site) : IClassFixture<MethodAndStatusTests.LoggedSite>
{
    public sealed class LoggedSite : ReadOnlySite
    {
        public LoggedSite()
            : this(new CapturedLogs())
        {
        }

        private LoggedSite(CapturedLogs logs)
            : base(_ => Task.CompletedTask, services: s => s.AddSingleton<ILoggerProvider>(logs)) => Logs = logs;

        public CapturedLogs Logs { get; }
    }

    // Every kind of address that only reads: the chooser, pages, a question, search, the machine-readable files,
    // the offline worker and static files; with the methods a browser never sends there, and a made-up one.
    private static readonly string[] ReadOnlyAddresses =
    [
        "/", "/ar/", "/ar/faq", "/en/faq/forgot-password", "/fr/search?q=notes", "/en/search.json?q=password",
        "/sitemap.xml", "/robots.txt", "/sw.js", "/css/site.css", "/favicon.svg", "/manifest.webmanifest",
    ];

    // PAGE: Razor Pages once read a page model's OnPageHandlerExecuted as a handler for it.
    private static readonly string[] OtherMethods = ["POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "PAGE"];

    public static TheoryData<string, string> RefusedMethods()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in ReadOnlyAddresses)
        {
            foreach (var method in OtherMethods)
            {
                data.Add(method, path);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedMethods))]
    public async Task AnAddressThatOnlyReadsRefusesOtherMethodsSayingWhichItTakes(string method, string path)
    {
        using var response = await SendAsync(method, path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var allowed = response.Content.Headers.Allow;
        Assert.Contains("GET", allowed);
        Assert.Contains("HEAD", allowed);
        Assert.DoesNotContain(method, allowed);
        Assert.StartsWith("default-src 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        AssertNothingFailed();
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PROPFIND")]
    public async Task AnUnknownAddressIsNotFoundInItsLanguageOrRefusesAMethodNoAddressTakes(string method)
    {
        // A guide's address (/{lang}/{slug}) and, deeper, the static files' catch-all take only GET and HEAD.
        foreach (var (path, language) in new[] { ("/en/no-such-page", "en"), ("/ar/no/such/page", "ar") })
        {
            using var response = await SendAsync(method, path);
            var html = await response.Content.ReadAsStringAsync();

            if (method is "GET" or "HEAD")
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                Assert.True(method == "HEAD" || html.Contains($"lang=\"{language}\"", StringComparison.Ordinal), html);
            }
            else
            {
                Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
                Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
                Assert.Empty(html);
            }
        }
        AssertNothingFailed();
    }

    [Fact]
    public async Task ARangeBeyondAFileIsUnsatisfiableAndSaysTheFilesLength()
    {
        var app = await site.AppAsync();
        var length = (await app.CreateVisitor().GetByteArrayAsync("/css/site.css")).Length;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        request.Headers.Range = new RangeHeaderValue(length + 1000, null);

        using var response = await app.CreateVisitor().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AConditionOnAnotherVersionOfAFileFailsAsAPreconditionNotAsAMissingPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"another-version\""));

        using var response = await (await site.AppAsync()).CreateVisitor().SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ACalculatorFormTooLargeToReadStillGetsTheCalculatorInItsLanguage()
    {
        // Past the 4 MB a form value may hold: the form cannot be read, but the language is in the address.
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Rows[0].Subject"] = new('x', 5_000_000) });

        using var response = await (await site.AppAsync()).CreateVisitor().PostAsync("/fr/tools/average", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"fr\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertNothingFailed();
    }

    [Fact]
    public async Task APostToAnAddressNotFoundGetsTheNotFoundPage()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Rows[0].Grade"] = "12" });

        using var response = await (await site.AppAsync()).CreateVisitor().PostAsync("/zz/tools/average", form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>الصفحة غير موجودة</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertNothingFailed();
    }

    [Fact]
    public async Task AFailureWhileAnsweringAPostGetsTheErrorPageInItsLanguage()
    {
        var logs = new CapturedLogs();
        using var app = new MassarApp(services: s =>
        {
            s.AddSingleton<ILoggerProvider>(logs);
            s.Configure<MvcOptions>(o => o.Filters.Add(new FailingPageFilter(HttpMethods.Post)));
        });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Rows[0].Grade"] = "12" });

        using var response = await app.CreateVisitor().PostAsync("/fr/tools/average", form);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Une erreur s'est produite", page.QuerySelector("h1")?.TextContent);
        // The failure itself, logged once; the error page added none of its own.
        Assert.Equal([nameof(FailingPageFilter)], logs.Entries.Where(e => e.Exception is not null).Select(e => e.Exception!.Message));
    }

    [Theory]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // the shape of a real one, from no key here
    [InlineData("aGVsbG8gd29ybGQ")]
    [InlineData("not base64 at all!")]
    [InlineData("%00%01")]
    public async Task AFormCookieTheSiteCannotReadGetsAFreshFormWithoutFillingTheLog(string value)
    {
        var app = await site.AppAsync();
        using var first = await app.CreateVisitor().GetAsync("/manager/login");
        var name = first.Headers.GetValues("Set-Cookie").Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)])
            .Single(n => n.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manager/login");
        request.Headers.Add("Cookie", $"{name}={value}");

        using var response = await app.CreateVisitor().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(name + "=", StringComparison.Ordinal));
        AssertNothingFailed();
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is not ("GET" or "TRACE"))
        {
            request.Content = new StringContent("");
        }
        return await (await site.AppAsync()).CreateVisitor().SendAsync(request);
    }

    private void AssertNothingFailed()
    {
        var failures = site.Logs.Entries.Where(e => e.Level >= LogLevel.Error || e.Exception is not null).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Category}: {f.Message} {f.Exception}")));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
