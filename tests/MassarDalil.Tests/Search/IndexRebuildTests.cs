using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Search;

public class IndexRebuildTests
{
    /// <summary>
    /// Waits for the background indexer to catch up with the published content. Test sites build the index on the
    /// first search (<see cref="SearchIndexOptions.BuildOnFirstSearch"/>): this asks for it without searching.
    /// </summary>
    internal static async Task<SearchIndex> IndexAtCurrentVersionAsync(MassarApp app)
    {
        var index = app.Services.GetRequiredService<SearchIndex>();
        index.StartBuilding();
        var content = app.Services.GetRequiredService<PublishedContent>();
        await content.RefreshAsync();
        var version = (await content.GetAsync()).Version;
        await Eventually.WithinAsync(TimeSpan.FromSeconds(10), () => Task.FromResult(index.Version == version));
        Assert.Equal(version, index.Version);
        return index;
    }

    /// <summary>Publishes <paramref name="site"/>'s FAQ with one more question at the end of its first topic.</summary>
    internal static Task<int> PublishQuestionAsync(MassarApp app, string site, string key, string question, string answer) =>
        app.WithDbAsync(async (db, services) =>
        {
            var faq = await db.Pages.SingleAsync(p => p.SiteKey == site && p.Type == PageType.Faq);
            var topics = faq.Draft.Topics.ToList();
            topics[0] = topics[0] with { Questions = [.. topics[0].Questions, new FaqQuestion(key, question, answer)] };
            faq.Draft = faq.Draft with { Topics = topics };
            await services.GetRequiredService<Publisher>().StagePublishAsync(faq, "test");
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task APublishedChangeIsFoundAfterTheBackgroundRebuild()
    {
        using var app = new MassarApp();
        var index = await IndexAtCurrentVersionAsync(app);
        Assert.False((await index.SearchAsync("en", "zanzibar")).Found);

        await PublishQuestionAsync(app, "en", "zanzibar", "Is Zanzibar in Massar?", "No, Zanzibar is not.");
        index = await IndexAtCurrentVersionAsync(app);

        var hit = Assert.Single((await index.SearchAsync("en", "zanzibar")).Hits);
        Assert.Equal("/en/faq#zanzibar", hit.Url);
    }

    [Fact]
    public async Task TheSiteBuildsTheIndexAtStartWhenNotToldToWaitForASearch()
    {
        // The production default: nothing searches or asks for the index here, and it is built all the same.
        using var app = new MassarApp(new() { ["Search:BuildOnFirstSearch"] = "false" });
        var index = app.Services.GetRequiredService<SearchIndex>();
        var content = app.Services.GetRequiredService<PublishedContent>();
        var version = (await content.GetAsync()).Version;

        await Eventually.WithinAsync(TimeSpan.FromSeconds(10), () => Task.FromResult(index.Version == version));

        Assert.Equal(version, index.Version);
    }

    [Fact]
    public async Task GuidePagesAreSearchedAndLinkToTheirOwnAddress()
    {
        using var app = new MassarApp();
        await app.WithDbAsync(async (db, services) =>
        {
            var page = new Page
            {
                SiteKey = "en", Type = PageType.Guide, Slug = "results-calendar", TranslationKey = "results-calendar",
                Draft = new PageContent { Title = "Results calendar", Description = "When results come out", Body = "Term results usually appear in **February** and **June**." },
                DraftUpdatedBy = "test",
            };
            db.Pages.Add(page);
            await db.SaveChangesAsync();
            await services.GetRequiredService<Publisher>().StagePublishAsync(page, "test");
            return await db.SaveChangesAsync();
        });
        var index = await IndexAtCurrentVersionAsync(app);

        var hit = (await index.SearchAsync("en", "february")).Hits[0];
        Assert.Equal(SearchHit.PageKind, hit.Kind);
        Assert.Equal("/en/results-calendar", hit.Url);
        Assert.Contains("<mark>February</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }
}
