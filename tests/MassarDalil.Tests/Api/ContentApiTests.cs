using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Api;

public class ContentApiTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    [Fact]
    public async Task SitesListsEveryLanguageWithTheDefaultFirst()
    {
        var app = await site.AppAsync();
        using var json = await app.CreateVisitor().GetJsonAsync("/api/v1/sites");

        var sites = json.RootElement.GetProperty("sites").EnumerateArray().ToList();
        Assert.Equal(["ar", "en", "fr"], sites.Select(s => s.GetProperty("key").GetString()));
        Assert.Equal("rtl", sites[0].GetProperty("direction").GetString());
        Assert.Equal("/api/v1/en/pages", sites[1].GetProperty("pagesUrl").GetString());
        Assert.Equal("ltr", sites[2].GetProperty("direction").GetString());
        Assert.Equal("/api/v1/fr/pages", sites[2].GetProperty("pagesUrl").GetString());
    }

    [Fact]
    public async Task PagesGivesKeyTypeSlugTitleAndWhenEachWasPublished()
    {
        var app = await site.AppAsync();
        using var json = await app.CreateVisitor().GetJsonAsync("/api/v1/en/pages");

        var pages = json.RootElement.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!);
        Assert.Equal(["home", "faq"], pages.Keys);
        var faq = pages["faq"];
        Assert.Equal("faq", faq.GetProperty("type").GetString());
        Assert.Equal("faq", faq.GetProperty("slug").GetString());
        Assert.Equal("Frequently asked questions", faq.GetProperty("title").GetString());
        // Published when the seed was imported: into the run's seeded template, so at some time during this test run.
        var updated = faq.GetProperty("updated").GetDateTimeOffset();
        Assert.InRange(updated, new DateTimeOffset(System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime()), DateTimeOffset.UtcNow);
        Assert.Equal("/api/v1/en/pages/faq", faq.GetProperty("apiUrl").GetString());
    }

    [Fact]
    public async Task AFaqPageHasEveryTopicAndQuestionWithAnswersAsHtmlAndMarkdownAndItsTranslations()
    {
        var app = await site.AppAsync();
        using var json = await app.CreateVisitor().GetJsonAsync("/api/v1/ar/pages/faq");
        var page = json.RootElement;

        var topics = page.GetProperty("topics").EnumerateArray().ToList();
        var questions = topics.SelectMany(t => t.GetProperty("questions").EnumerateArray()).ToList();
        Assert.Equal(8, topics.Count);
        Assert.Equal(34, questions.Count);
        var first = questions[0];
        Assert.Equal("official-site", first.GetProperty("key").GetString());
        Assert.StartsWith("<p>", first.GetProperty("answer").GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("[massarservice.men.gov.ma](https://massarservice.men.gov.ma)",
            first.GetProperty("answer").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.Equal("/ar/faq/official-site", first.GetProperty("url").GetString());
        var translations = page.GetProperty("translations").EnumerateArray().ToList();
        Assert.Equal(["en", "fr"], translations.Select(t => t.GetProperty("lang").GetString()));
        Assert.Equal("/en/faq", translations[0].GetProperty("url").GetString());
        Assert.Equal("/api/v1/en/pages/faq", translations[0].GetProperty("apiUrl").GetString());
        Assert.Equal("/api/v1/fr/pages/faq", translations[1].GetProperty("apiUrl").GetString());
    }

    [Fact]
    public async Task TheFrenchSiteListsItsPagesAndQuestionsWithTheirTranslations()
    {
        var app = await site.AppAsync();
        var visitor = app.CreateVisitor();
        using var pages = await visitor.GetJsonAsync("/api/v1/fr/pages");
        using var question = await visitor.GetJsonAsync("/api/v1/fr/faq/forgot-password");

        var listed = pages.RootElement.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!);
        Assert.Equal(["home", "faq"], listed.Keys);
        Assert.Equal("Foire aux questions", listed["faq"].GetProperty("title").GetString());
        Assert.Equal("J'ai oublié mon mot de passe. Par où commencer\u202F?", question.RootElement.GetProperty("question").GetString());
        Assert.Equal("password-reset", question.RootElement.GetProperty("topic").GetProperty("key").GetString());
        Assert.Equal(["/ar/faq/forgot-password", "/en/faq/forgot-password"],
            question.RootElement.GetProperty("translations").EnumerateArray().Select(t => t.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task TheHomePageIsAddressedByItsKey()
    {
        var app = await site.AppAsync();
        using var json = await app.CreateVisitor().GetJsonAsync("/api/v1/en/pages/home");

        Assert.Equal("home", json.RootElement.GetProperty("type").GetString());
        Assert.Contains("independent", json.RootElement.GetProperty("body").GetProperty("markdown").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFaqQuestionComesWithItsTopicAndItsTranslation()
    {
        var app = await site.AppAsync();
        using var json = await app.CreateVisitor().GetJsonAsync("/api/v1/en/faq/forgot-username");
        var question = json.RootElement;

        Assert.Contains("username", question.GetProperty("question").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("login", question.GetProperty("topic").GetProperty("key").GetString());
        Assert.Contains("<p>", question.GetProperty("answer").GetProperty("html").GetString(), StringComparison.Ordinal);
        var translations = question.GetProperty("translations").EnumerateArray().ToList();
        Assert.Equal(["/ar/faq/forgot-username", "/fr/faq/forgot-username"], translations.Select(t => t.GetProperty("url").GetString()));
        Assert.Equal("/api/v1/ar/faq/forgot-username", translations[0].GetProperty("apiUrl").GetString());
    }

    [Theory]
    [InlineData("/api/v1/de/pages")]
    [InlineData("/api/v1/AR/pages")]
    [InlineData("/api/v1/en/pages/no-such-page")]
    [InlineData("/api/v1/xx/pages/faq")]
    [InlineData("/api/v1/en/faq/no-such-question")]
    [InlineData("/api/v1/de/faq/forgot-username")]
    [InlineData("/api/v1/nothing/here/at/all")]
    [InlineData("/api/v2/sites")]
    public async Task UnknownAddressesAre404ProblemDetails(string path)
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")] // a browser opening the address
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task EveryErrorIsTheSameProblemDetailsWhateverTheClientAccepts(string? accept)
    {
        var app = await site.AppAsync();
        var client = app.CreateVisitor();
        if (accept is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);
        }
        (HttpMethod Method, string Path, int Status)[] errors =
        [
            (HttpMethod.Get, "/api/v1/en/faq/no-such-question", 404), // the handler's
            (HttpMethod.Get, "/api/v1/nothing/here", 404), // no endpoint
            (HttpMethod.Post, "/api/v1/sites", 405),
        ];

        foreach (var (method, path, status) in errors)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(method, path));

            Assert.Equal((status, "application/problem+json"), ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType));
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var root = problem.RootElement;
            Assert.Equal(status, root.GetProperty("status").GetInt32());
            Assert.StartsWith("https://", root.GetProperty("type").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()), $"{method} {path}");
            Assert.False(string.IsNullOrEmpty(root.GetProperty("traceId").GetString()), $"{method} {path}");
        }
    }

    [Fact]
    public async Task WritingIsNotOffered()
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().PostAsync("/api/v1/sites", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DraftsNeverAppearOnlyWhatIsPublished()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        await app.EditDraftAsync("en", "faq", c => c.WithFirstAnswer("Draft answer nobody may see yet."));
        await app.WithDbAsync(async db =>
        {
            db.Pages.Add(new Page
            {
                SiteKey = "en", Type = PageType.Guide, TranslationKey = "secret-guide", Slug = "secret-guide",
                Draft = new PageContent { Title = "Unpublished guide", Body = "Not yet." },
            });
            await db.SaveChangesAsync();
            return true;
        });
        await app.RefreshContentAsync();

        var page = await visitor.GetStringAsync("/api/v1/en/pages/faq");
        var pages = await visitor.GetStringAsync("/api/v1/en/pages");
        using var guide = await visitor.GetAsync("/api/v1/en/pages/secret-guide");
        Assert.DoesNotContain("Draft answer", page, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-guide", pages, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, guide.StatusCode);

        await app.PublishAsync("en", "faq", c => c);
        Assert.Contains("Draft answer nobody may see yet.", await visitor.GetStringAsync("/api/v1/en/pages/faq"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnpublishedPageLeavesTheApiAndItsTranslationsLinks()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        Assert.Contains("/en/faq", await visitor.GetStringAsync("/api/v1/ar/pages/faq"), StringComparison.Ordinal);

        await app.UnpublishAsync("en", "faq");

        using var gone = await visitor.GetAsync("/api/v1/en/pages/faq");
        using var arabic = await visitor.GetJsonAsync("/api/v1/ar/pages/faq");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(["fr"], arabic.RootElement.GetProperty("translations").EnumerateArray().Select(t => t.GetProperty("lang").GetString()));
    }

    [Fact]
    public async Task ResponsesCarryOneWeakETagForEveryEncodingLastModifiedAndShortPublicCaching()
    {
        var app = await site.AppAsync();
        using var response = await app.CreateVisitor().GetAsync("/api/v1/ar/pages/faq");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ar/pages/faq");
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var brotli = await app.CreateVisitor().SendAsync(request);

        // The same JSON as identity and as br bytes: weak, as a strong tag promises the same bytes.
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(etag, brotli.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl?.MaxAge);
    }

    [Theory]
    [InlineData("/api/v1/sites")]
    [InlineData("/api/v1/ar/pages")]
    [InlineData("/api/v1/ar/pages/faq")]
    [InlineData("/api/v1/en/faq/forgot-username")]
    public async Task IfNoneMatchWithTheCurrentETagGets304WithoutABody(string path)
    {
        var app = await site.AppAsync();
        var visitor = app.CreateVisitor();
        using var first = await visitor.GetAsync(path);

        foreach (var _ in Enumerable.Range(0, 2)) // the handler's answer, then the output cache's
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            using var again = await visitor.SendAsync(request);

            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Equal(first.Headers.ETag, again.Headers.ETag);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task PublishingThePageChangesItsETagAndPublishingAnotherPageDoesNot()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        var before = await ETagAsync(visitor, "/api/v1/en/pages/faq");

        await app.PublishAsync("ar", "home", c => c with { Body = c.Body + "\n\nسطر جديد." });
        var afterOtherPage = await ETagAsync(visitor, "/api/v1/en/pages/faq");
        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("A new first answer."));
        var afterThisPage = await ETagAsync(visitor, "/api/v1/en/pages/faq");

        Assert.Equal(before, afterOtherPage);
        Assert.NotEqual(before, afterThisPage);
        Assert.Contains("A new first answer.", await visitor.GetStringAsync("/api/v1/en/pages/faq"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyOriginMayGetButNotWrite()
    {
        var app = await site.AppAsync();
        var visitor = app.CreateVisitor();

        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sites");
        get.Headers.Add("Origin", "https://partner.example");
        using var got = await visitor.SendAsync(get);
        using var preflightGet = await visitor.SendAsync(Preflight("GET"));
        using var preflightPost = await visitor.SendAsync(Preflight("POST"));

        Assert.Equal("*", got.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", got.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
        Assert.Equal("GET", preflightGet.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.False(preflightPost.Headers.Contains("Access-Control-Allow-Methods"));
    }

    private static HttpRequestMessage Preflight(string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/en/pages/faq");
        request.Headers.Add("Origin", "https://partner.example");
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        return request;
    }

    private static async Task<EntityTagHeaderValue?> ETagAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.Headers.ETag;
    }
}
