using MassarDalil.Content.Import;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.SiteTexts;

/// <summary>
/// Texts stored when the code still glued ": " and the value after them (the seed's, or an editor's own words) are
/// carried forward at start: their words stay, the punctuation and <c>{0}</c> the code used to add become theirs.
/// </summary>
public class SiteTextUpgradeTests
{
    private const string EditorsWording = "Autres questions du thème";

    [Theory]
    [InlineData("en", "question.more-in-topic", "More in this topic", "More in this topic: {0}")]
    [InlineData("ar-MA", "topics.next", "الموضوع التالي", "الموضوع التالي: {0}")]
    [InlineData("fr-MA", "question.more-in-topic", "Dans le même thème", "Dans le même thème\u202F: {0}")]
    [InlineData("fr-MA", "average.your-average", "Votre moyenne ", "Votre moyenne\u202F: {0} / 20")]
    public void AnOldTextKeepsItsWordsAndGetsWhatTheCodeAddedAfterIt(string culture, string key, string old, string upgraded) =>
        Assert.Equal(upgraded, SiteTextUpgrade.Upgrade(new Dictionary<string, string> { [key] = old, ["feedback.yes"] = "Oui" }, culture)![key]);

    /// <summary>The texts the code wrote whole, as a set that has them all.</summary>
    private static Dictionary<string, string> WithCodesTexts(string officialLink = "{0}\u202F: {1}") =>
        new() { ["footer.official-link"] = officialLink, ["site.card-alt"] = "{0}\u202F: {1}" };

    [Theory]
    [InlineData("fr-MA", "footer.official-link", "{0}\u202F: {1}")]
    [InlineData("en", "footer.official-link", "{0}: {1}")]
    [InlineData("ar-MA", "footer.official-link", "{0}: {1}")]
    [InlineData("fr-MA", "site.card-alt", "{0}\u202F: {1}")]
    [InlineData("en", "site.card-alt", "{0}: {1}")]
    public void ATextTheCodeWroteWholeIsAddedInTheSitesPunctuationToTextsThatLackIt(string culture, string key, string added) =>
        Assert.Equal(added, SiteTextUpgrade.Upgrade(new Dictionary<string, string> { ["feedback.yes"] = "Oui" }, culture)![key]);

    [Fact]
    public void AnEditorsOfficialLinkTextAndAnEmptySetAreLeftAsTheyAre()
    {
        Assert.Null(SiteTextUpgrade.Upgrade(WithCodesTexts(officialLink: "{1} ({0})"), "fr-MA"));
        Assert.Null(SiteTextUpgrade.Upgrade(new Dictionary<string, string>(), "fr-MA"));
    }

    [Fact]
    public void ATextThatHasItsPlaceholderIsLeftAsItIs() =>
        Assert.Null(SiteTextUpgrade.Upgrade(new Dictionary<string, string>(WithCodesTexts()) { ["question.more-in-topic"] = "Voir aussi «\u202F{0}\u202F»" }, "fr-MA"));

    [Fact]
    public async Task TextsStoredTheOldWayAreCarriedForwardAtStartAndAnEditorsUnpublishedChangeStaysUnpublished()
    {
        using var before = new MassarApp();
        await StoreTheOldWayAsync(before);

        // A server started on that database (the way an upgraded site starts), on SQLite or PostgreSQL alike.
        using var app = new MassarApp(new Dictionary<string, string?>(before.DatabaseSettings));
        var visitor = app.CreateVisitor();

        foreach (var (language, lead) in new[] { ("fr", $"{EditorsWording}\u202F: "), ("en", "More in this topic: "), ("ar", "أسئلة أخرى في هذا الموضوع: ") })
        {
            var page = await visitor.GetDocumentAsync($"/{language}/faq/forgot-password");
            Assert.Equal(lead + page.QuerySelectorAll(".breadcrumb li")[2].TextContent, page.QuerySelector("#related-title")!.TextContent);
        }
        var calculator = await visitor.GetDocumentAsync("/fr/tools/average");
        using var posted = await visitor.SubmitAsync(calculator, "form.average-form", new Dictionary<string, string> { ["Rows[0].Grade"] = "13", ["Rows[0].Coefficient"] = "1" });
        Assert.Equal("Votre moyenne\u202F: 13,00 / 20", (await Html.ParseAsync(await posted.Content.ReadAsStringAsync())).QuerySelector(".average-value")!.TextContent);
        // The official links' label and domain, which the code joined with ": ", in French punctuation too.
        Assert.Equal("Portail des élèves\u202F: moutamadris.men.gov.ma", calculator.QuerySelector(".official-links a")!.TextContent);
        Assert.StartsWith("Massar Dalil\u202F: ", calculator.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"), StringComparison.Ordinal);

        var stored = await app.StoredPageAsync(await app.PageIdAsync("fr", PageType.Texts));
        Assert.Equal($"{EditorsWording}\u202F: {{0}}", stored.Draft.Texts["question.more-in-topic"]);
        Assert.Equal($"{EditorsWording}\u202F: {{0}}", stored.PublishedRevision!.Content.Texts["question.more-in-topic"]);
        Assert.Equal((SiteTextUpgrade.Actor, SiteTextUpgrade.Actor), (stored.PublishedRevision.Author, stored.DraftUpdatedBy));
        // The editor's change waiting in the draft is still there, and still not published.
        Assert.Equal(("Oui, merci", "Oui"), (stored.Draft.Texts["feedback.yes"], stored.PublishedRevision.Content.Texts["feedback.yes"]));
        Assert.True(stored.HasUnpublishedChanges());

        // Done once: nothing is left to carry forward, and a revision of the old texts comes back the new way.
        Assert.Equal(0, await app.WithDbAsync((_, services) => services.GetRequiredService<SiteTextUpgrade>().UpgradeStoredAsync()));
        var restored = await app.WithDbAsync(async (db, services) =>
        {
            var old = await db.Revisions.Where(r => r.PageId == stored.Id && r.Number == 2).Select(r => r.Id).SingleAsync();
            return await services.GetRequiredService<PageEditor>().RestoreAsync(old, "editor");
        });
        Assert.Equal($"{EditorsWording}\u202F: {{0}}", restored!.Draft.Texts["question.more-in-topic"]);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task AnOldTextOnlyInTheDraftOrOnlyInThePublishedRevisionIsFound(bool inDraft, bool inPublished)
    {
        using var app = new MassarApp();
        var id = await app.PageIdAsync("en", PageType.Texts);
        await app.WithDbAsync(async (db, services) =>
        {
            var page = await db.Pages.Include(p => p.PublishedRevision).SingleAsync(p => p.Id == id);
            var current = page.Draft;
            var old = current with { Texts = new Dictionary<string, string>(current.Texts) { ["topics.next"] = "Next topic" } };
            page.Draft = inPublished ? old : current;
            await services.GetRequiredService<Publisher>().StagePublishAsync(page, "editor");
            page.Draft = inDraft ? old : current;
            page.DraftVersion++;
            await db.SaveChangesAsync();
            return 0;
        });

        Assert.Equal(1, await app.WithDbAsync((_, services) => services.GetRequiredService<SiteTextUpgrade>().UpgradeStoredAsync()));

        var stored = await app.StoredPageAsync(id);
        Assert.Equal(("Next topic: {0}", "Next topic: {0}"), (stored.Draft.Texts["topics.next"], stored.PublishedRevision!.Content.Texts["topics.next"]));
    }

    [Fact]
    public async Task ATextNoStoredSiteHasIsAddedFromTheSeedInEachLanguageAtStartAndATranslationGapStaysAGap()
    {
        string[] added = ["results.none", "results.other-language"];
        using var before = new MassarApp();
        await before.WithDbAsync(async (db, services) =>
        {
            // As an earlier version left them: no site has the two texts its templates did not read yet, and French
            // lacks one that the others have (a translator's gap, which the default site's text fills).
            foreach (var page in await db.Pages.Where(p => p.Type == PageType.Texts).ToListAsync())
            {
                var texts = page.Draft.Texts.Where(t => !added.Contains(t.Key) && !(page.SiteKey == "fr" && t.Key == "search.hint")).ToDictionary();
                page.Draft = page.Draft with { Texts = texts };
                await services.GetRequiredService<Publisher>().StagePublishAsync(page, "editor");
            }
            await db.SaveChangesAsync();
            return 0;
        });

        using var app = new MassarApp(new Dictionary<string, string?>(before.DatabaseSettings));

        foreach (var language in new[] { "ar", "en", "fr" })
        {
            var seed = SeedTexts(language);
            var stored = await app.StoredPageAsync(await app.PageIdAsync(language, PageType.Texts));
            foreach (var key in added)
            {
                Assert.Equal((seed[key], seed[key]), (stored.Draft.Texts[key], stored.PublishedRevision!.Content.Texts[key]));
            }
            Assert.Equal((SiteTextUpgrade.Actor, SiteTextUpgrade.Actor), (stored.PublishedRevision!.Author, stored.DraftUpdatedBy));
            Assert.Equal(language != "fr", stored.Draft.Texts.ContainsKey("search.hint"));
            var results = await app.CreateVisitor().GetDocumentAsync($"/{language}/search?q=zorglub");
            Assert.Equal(seed["results.none"].Replace("{0}", "zorglub", StringComparison.Ordinal), results.QuerySelector("#search-results [data-status]")!.TextContent);
        }
        Assert.Equal(0, await app.WithDbAsync((_, services) => services.GetRequiredService<SiteTextUpgrade>().UpgradeStoredAsync()));

        // A revision from before the texts existed comes back with the draft's text for them, not without them.
        var id = await app.PageIdAsync("en", PageType.Texts);
        var restored = await app.WithDbAsync(async (db, services) =>
        {
            var old = await db.Revisions.Where(r => r.PageId == id && r.Author == "editor").Select(r => r.Id).SingleAsync();
            return await services.GetRequiredService<PageEditor>().RestoreAsync(old, "editor");
        });
        Assert.Equal(SeedTexts("en")["results.other-language"], restored!.Draft.Texts["results.other-language"]);
    }

    private static IReadOnlyDictionary<string, string> SeedTexts(string language)
    {
        var file = Path.Combine(TestPaths.Seed, language, SiteTextsFile.FileName);
        var problems = new List<Problem>();
        var texts = SiteTextsFile.Parse(file, language, File.ReadAllText(file), problems);
        Assert.Empty(problems);
        return texts!.Texts;
    }

    /// <summary>
    /// What an earlier version left: every site's four texts without their punctuation and no text for the official
    /// links' ": ", published (the French one in an editor's own words), and in French an editor's change saved but not
    /// published.
    /// </summary>
    private static Task<int> StoreTheOldWayAsync(MassarApp app) => app.WithDbAsync(async (db, services) =>
    {
        var publisher = services.GetRequiredService<Publisher>();
        foreach (var page in await db.Pages.Where(p => p.Type == PageType.Texts).ToListAsync())
        {
            var texts = page.Draft.Texts.ToDictionary();
            foreach (var key in new[] { "topics.previous", "topics.next", "question.more-in-topic", "average.your-average" })
            {
                texts[key] = texts[key][..texts[key].IndexOf(':', StringComparison.Ordinal)].TrimEnd('\u202F');
            }
            texts.Remove("footer.official-link");
            texts.Remove("site.card-alt");
            if (page.SiteKey == "fr")
            {
                texts["question.more-in-topic"] = EditorsWording;
            }
            page.Draft = page.Draft with { Texts = texts };
            await publisher.StagePublishAsync(page, "editor");
            if (page.SiteKey == "fr")
            {
                page.Draft = page.Draft with { Texts = new Dictionary<string, string>(texts) { ["feedback.yes"] = "Oui, merci" } };
                page.DraftVersion++;
            }
        }
        await db.SaveChangesAsync();
        return 0;
    });
}
