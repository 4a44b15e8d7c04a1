using System.Net;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Caching;

public class CacheHeadersTests
{
    public static TheoryData<string> PublicResponses => new()
    {
        "/ar/", "/en/faq", "/en/faq/forgot-password", "/ar/faq/forgot-password", "/en/tools/average", "/sitemap.xml", "/robots.txt",
    };

    [Theory]
    [MemberData(nameof(PublicResponses))]
    public async Task PublicPagesAndFilesSayHowToCacheThemAndCarryTheSameValidatorsEachTime(string path)
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        using var first = await visitor.GetAsync(path);
        using var second = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());
        Assert.NotNull(first.Headers.ETag);
        Assert.True(first.Headers.ETag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.LastModified, second.Content.Headers.LastModified);
        Assert.Equal(first.Headers.CacheControl, second.Headers.CacheControl);
    }

    [Theory]
    [InlineData("/en/faq")]
    [InlineData("/ar/faq/forgot-password")]
    public async Task AClientHoldingTheCurrentPageIsAnsweredNotModified(string path)
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        using var first = await visitor.GetAsync(path);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, path);
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await visitor.SendAsync(byTag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, path);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var revalidatedByDate = await visitor.SendAsync(byDate);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, revalidatedByDate.StatusCode);
    }

    [Fact]
    public async Task APublishChangesThePagesValidators()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();
        using var before = await visitor.GetAsync("/en/faq");

        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("Changed for the validators."));
        using var after = await visitor.GetAsync("/en/faq");

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/v1/sites")]
    [InlineData("/api/v1/ar/pages")]
    [InlineData("/api/v1/ar/pages/faq")]
    [InlineData("/api/v1/en/faq/forgot-password")]
    public async Task AnApiResponseIsNeverKeptLongerThanItsOwnMaxAge(string path)
    {
        using var app = new MassarApp(services: RecordingCacheStore.Install(out var store));
        var visitor = app.CreateVisitor();

        using var response = await visitor.GetAsync(path);
        using var cached = await visitor.GetAsync(path);

        var maxAge = response.Headers.CacheControl!.MaxAge!.Value;
        Assert.NotNull(cached.Headers.Age);
        var (_, validFor) = Assert.Single(store().Stored, s => s.Key.Contains(path, StringComparison.OrdinalIgnoreCase));
        Assert.True(validFor <= maxAge, $"kept {validFor} with max-age {maxAge}");
    }

    [Fact]
    public async Task TheDraftPreviewIsNeverStoredSoNoOneElseCanBeServedIt()
    {
        var install = RecordingCacheStore.Install(out var store);
        using var recorded = new MassarApp(new()
        {
            ["Admin:Email"] = ManagerAccess.AdminEmail,
            ["Admin:Password"] = ManagerAccess.AdminPassword,
        }, services: services =>
        {
            install(services);
            // Sessions checked against the database now and then, not on every request: then a page seen
            // again sets no cookie, and only its own policy keeps it out of the shared cache.
            services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromHours(1));
        });
        var editor = await recorded.EditorAsync();
        var id = await recorded.PageIdAsync("en");

        // Twice: the second carries every cookie the first set, so it sets none of its own.
        using var first = await editor.GetAsync($"/manager/preview/{id}");
        using var second = await editor.GetAsync($"/manager/preview/{id}");
        using var stranger = await recorded.CreateVisitor().GetAsync($"/manager/preview/{id}");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.DoesNotContain(second.Headers, h => h.Key == "Set-Cookie");
        Assert.DoesNotContain(store().Stored, s => s.Key.Contains("/manager/", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, stranger.StatusCode);
        Assert.Contains("/manager/login", stranger.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
