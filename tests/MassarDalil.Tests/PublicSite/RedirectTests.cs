using System.Net;
using MassarDalil.Content.Redirects;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.PublicSite;

/// <summary>Addresses never break: a guide renamed on publish leaves a 301 from its old address.</summary>
public class RedirectTests
{
    [Fact]
    public async Task ARenamedGuidesOldAddressAnswers301WithTheNewOne()
    {
        using var app = ManagerAccess.NewApp();
        await RenamedGuideAsync(app, "first-sign-in", "signing-in");

        using var response = await app.CreateVisitor().GetAsync("/en/first-sign-in");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/signing-in", response.Location());
        using var page = await app.CreateVisitor().GetAsync("/en/signing-in");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    public async Task TheRedirectKeepsTheQueryStringForGetAndHead(string method)
    {
        using var app = ManagerAccess.NewApp();
        await RenamedGuideAsync(app, "old-guide", "new-guide");

        using var request = new HttpRequestMessage(new HttpMethod(method), "/en/old-guide?utm_source=sms&x=%D8%AA");
        using var response = await app.CreateVisitor().SendAsync(request);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/new-guide?utm_source=sms&x=%D8%AA", response.Location());
    }

    [Fact]
    public async Task ChainsCollapseSoEveryOldAddressLeadsStraightToTheLiveOne()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await editor.CreateAndPublishGuideAsync("en", "guide-a");
        await editor.PublishGuideAtAsync(id, "guide-b");

        await editor.PublishGuideAtAsync(id, "guide-c");

        var visitor = app.CreateVisitor();
        using var fromA = await visitor.GetAsync("/en/guide-a");
        using var fromB = await visitor.GetAsync("/en/guide-b");
        Assert.Equal(("/en/guide-c", "/en/guide-c"), (fromA.Location(), fromB.Location()));
        var stored = await app.WithDbAsync(db => db.Redirects.OrderBy(r => r.FromSlug).Select(r => new { r.FromSlug, r.ToSlug, r.Kind }).ToListAsync());
        Assert.Equal(["guide-a>guide-c automatic", "guide-b>guide-c automatic"], stored.Select(r => $"{r.FromSlug}>{r.ToSlug} {r.Kind}"));
    }

    [Fact]
    public async Task RenamingBackToAnOldAddressRemovesItsRedirectAndNeverLoops()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await editor.CreateAndPublishGuideAsync("en", "guide-a");
        await editor.PublishGuideAtAsync(id, "guide-b");

        await editor.PublishGuideAtAsync(id, "guide-a");

        var visitor = app.CreateVisitor();
        using var live = await visitor.GetAsync("/en/guide-a");
        using var old = await visitor.GetAsync("/en/guide-b");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("/en/guide-a", old.Location());
        var stored = await app.WithDbAsync(db => db.Redirects.Select(r => r.FromSlug + ">" + r.ToSlug).ToListAsync());
        Assert.Equal(["guide-b>guide-a"], stored);
    }

    [Fact]
    public async Task ANewPagePublishedAtAnOldAddressTakesItOver()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var first = await editor.CreateAndPublishGuideAsync("en", "results");
        await editor.PublishGuideAtAsync(first, "results-2025");

        await editor.CreateAndPublishGuideAsync("en", "results", translationKey: "results-2026");

        using var response = await app.CreateVisitor().GetAsync("/en/results");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Redirects.AnyAsync(r => r.FromSlug == "results")));
    }

    [Fact]
    public async Task TheSitemapListsTheLiveAddressAndNeverTheOldOne()
    {
        using var app = ManagerAccess.NewApp();
        await RenamedGuideAsync(app, "old-guide", "new-guide");

        var paths = (await app.CreateVisitor().GetSitemapAsync()).SelectMany(u => u.Alternates.Values.Append(u.Loc)).Select(SitemapReader.PathOf).ToList();

        Assert.Contains("/en/new-guide", paths);
        Assert.DoesNotContain("/en/old-guide", paths);
    }

    [Fact]
    public async Task TheApiAnswers301WithThePagesNewApiAddress()
    {
        using var app = ManagerAccess.NewApp();
        await RenamedGuideAsync(app, "old-guide", "new-guide");

        using var response = await app.CreateVisitor().GetAsync("/api/v1/en/pages/old-guide?fields=all");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/api/v1/en/pages/new-guide?fields=all", response.Location());
    }

    [Fact]
    public async Task ARedirectToAPageThatIsNoLongerPublishedIsAPageNotFound()
    {
        using var app = ManagerAccess.NewApp();
        var id = await RenamedGuideAsync(app, "old-guide", "new-guide");

        await app.WithDbAsync(async (db, services) =>
            await services.GetRequiredService<MassarDalil.Content.Publishing.PageEditor>().UnpublishAsync(id, "test"));

        using var response = await app.CreateVisitor().GetAsync("/en/old-guide");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(RedirectKinds.Automatic, await app.WithDbAsync(db => db.Redirects.Select(r => r.Kind).SingleAsync()));
    }

    /// <summary>An English guide published at <paramref name="from"/>, then renamed and published at <paramref name="to"/>.</summary>
    private static async Task<int> RenamedGuideAsync(MassarApp app, string from, string to)
    {
        var editor = await app.EditorAsync();
        var id = await editor.CreateAndPublishGuideAsync("en", from);
        await editor.PublishGuideAtAsync(id, to);
        return id;
    }
}
