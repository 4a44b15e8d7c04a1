using System.Collections.ObjectModel;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Import;
using MassarDalil.Content.Merging;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MassarDalil.Content.SiteTexts;

/// <summary>
/// Brings texts stored by earlier versions to what the templates read now. The code used to glue a colon and a value
/// after four texts ("More in this topic" + ": " + the topic); the punctuation is now the text's own, with <c>{0}</c>
/// where the value goes, so each language writes it its way (French with a no-break space before the colon). A stored
/// text without its <c>{0}</c> (the seed's or an editor's own wording) gets what the code used to add, so it keeps its
/// words and still shows the value; a text that has its <c>{0}</c> is never touched. Likewise the texts where the code
/// joined two values with ": " (an official link's label and domain, the site's name and tagline) are added, in the
/// site's punctuation, to stored texts that lack them; a text an editor wrote is never replaced. And a text this
/// version's templates read for the first time (a catalogue key no stored texts hold, in any site, draft or published)
/// is added from the seed's <c>texts.yml</c> of each site, so an upgraded site does not show visitors the bare key.
/// </summary>
public sealed class SiteTextUpgrade(ContentDbContext db, Publisher publisher, IOptions<ContentOptions> options, TimeProvider time)
{
    /// <summary>Who the audit and the revisions name for this change.</summary>
    public const string Actor = "upgrade";

    /// <summary>What the code wrote after each text, after the colon.</summary>
    private static readonly Dictionary<string, string> GluedAfter = new(StringComparer.Ordinal)
    {
        ["topics.previous"] = "{0}",
        ["topics.next"] = "{0}",
        ["question.more-in-topic"] = "{0}",
        ["average.your-average"] = "{0} / 20",
    };

    /// <summary>
    /// Texts that were the code's own, two values joined by ": " in the layout (an official link's label and domain, the
    /// sharing image's description): added where stored texts lack them, as <c>{0}</c>, the site's colon, <c>{1}</c>.
    /// </summary>
    private static readonly string[] JoinedByCode = ["footer.official-link", "site.card-alt"];

    /// <summary>The texts with each text written the old way written the new way; null when none was.</summary>
    /// <param name="culture">The site's culture (<c>fr-MA</c>): French takes a narrow no-break space before the colon.</param>
    /// <param name="added">Texts to add where <paramref name="texts"/> has none for their key; never replacing one it has.</param>
    public static IReadOnlyDictionary<string, string>? Upgrade(
        IReadOnlyDictionary<string, string> texts, string culture, IReadOnlyDictionary<string, string>? added = null)
    {
        Dictionary<string, string>? upgraded = null;
        foreach (var (key, after) in GluedAfter)
        {
            if (IsWrittenTheOldWay(texts, key, out var text))
            {
                upgraded ??= new Dictionary<string, string>(texts, StringComparer.Ordinal);
                upgraded[key] = text.TrimEnd() + Colon(culture) + after;
            }
        }
        foreach (var key in JoinedByCode.Where(key => Lacks(texts, key)))
        {
            upgraded ??= new Dictionary<string, string>(texts, StringComparer.Ordinal);
            upgraded[key] = "{0}" + Colon(culture) + "{1}";
        }
        foreach (var (key, text) in added ?? ReadOnlyDictionary<string, string>.Empty)
        {
            if (Lacks(texts, key))
            {
                upgraded ??= new Dictionary<string, string>(texts, StringComparer.Ordinal);
                upgraded[key] = text;
            }
        }
        return upgraded;
    }

    private static bool IsWrittenTheOldWay(IReadOnlyDictionary<string, string> texts, string key, out string text) =>
        texts.TryGetValue(key, out text!) && !text.Contains("{0}", StringComparison.Ordinal);

    // An empty set is not stored texts (a page that could not be read keeps its row as it is).
    private static bool Lacks(IReadOnlyDictionary<string, string> texts, string key) => texts.Count > 0 && !texts.ContainsKey(key);

    private static bool AnyWrittenTheOldWay(IReadOnlyDictionary<string, string> texts) =>
        GluedAfter.Keys.Any(key => IsWrittenTheOldWay(texts, key, out _)) || JoinedByCode.Any(key => Lacks(texts, key));

    /// <summary>
    /// <paramref name="content"/> of a texts page of <paramref name="siteKey"/> (a revision being restored) upgraded; a
    /// text it has none for keeps the <paramref name="current"/> draft's (one added since, which the site would otherwise
    /// show as its bare key).
    /// </summary>
    public async Task<PageContent> UpgradeAsync(
        PageContent content, string siteKey, IReadOnlyDictionary<string, string> current, CancellationToken cancellationToken = default) =>
        Upgrade(content.Texts, await db.Sites.CultureOfAsync(siteKey, cancellationToken), current) is { } texts ? content with { Texts = texts } : content;

    /// <summary>
    /// Upgrades every site's stored texts: the published ones as a new revision (the draft's unpublished changes stay
    /// unpublished), the draft as a save. Returns the number of texts pages changed; a second run changes nothing.
    /// </summary>
    public async Task<int> UpgradeStoredAsync(CancellationToken cancellationToken = default)
    {
        var (oldWay, newKeys) = await StoredAsync(cancellationToken);
        var added = newKeys.Count == 0 ? [] : SeedTexts(newKeys);
        if (!oldWay && added.Count == 0)
        {
            return 0;
        }
        var cultures = await db.Sites.ToDictionaryAsync(s => s.Key, s => s.Culture, StringComparer.Ordinal, cancellationToken);
        var pages = await db.Pages.Include(p => p.PublishedRevision).Where(p => p.Type == PageType.Texts).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var page in pages)
        {
            var culture = cultures.GetValueOrDefault(page.SiteKey, "");
            var seed = added.GetValueOrDefault(page.SiteKey);
            var draft = page.Draft;
            var draftTexts = Upgrade(draft.Texts, culture, seed);
            var published = page.PublishedRevision?.Content;
            var publishedTexts = published is null ? null : Upgrade(published.Texts, culture, seed);
            if (draftTexts is null && publishedTexts is null)
            {
                continue;
            }
            if (publishedTexts is not null)
            {
                // Publishing snapshots the draft: for that moment the draft is what was published, upgraded, so an
                // editor's unpublished changes are not published with it.
                page.Draft = published! with { Texts = publishedTexts };
                await publisher.StagePublishAsync(page, Actor, cancellationToken);
            }
            if (draftTexts is null)
            {
                page.Draft = draft;
            }
            else
            {
                // A step like an editor's save, so an editor who opened the texts before it merges against it.
                page.DraftVersion++;
                (page.DraftUpdatedAt, page.DraftUpdatedBy) = (time.GetUtcNow(), Actor);
                page.Draft = DraftHistory.Record(draft, page.Slug, draft with { Texts = draftTexts, History = null }, page.Slug, page.DraftVersion, Actor, page.DraftUpdatedAt);
                publisher.StageAudit(Actor, AuditActions.Save, PageEditor.Target(page), $"draft version {page.DraftVersion}");
            }
            changed++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <summary>
    /// Whether any stored texts page (draft or published) is written the old way, and the catalogue's keys that none
    /// holds. It runs at every start and almost always finds nothing, so it reads only the texts pages' two JSON
    /// columns: loading the whole pages with their revisions and question rows for the check cost about 190 ms of a
    /// 2-second cold start (2026-12-06).
    /// </summary>
    private async Task<(bool OldWay, IReadOnlySet<string> NewKeys)> StoredAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Pages.Where(p => p.Type == PageType.Texts)
            .Select(p => new { Draft = p.StoredDraft, Published = p.PublishedRevision == null ? null : p.PublishedRevision.Content })
            .ToListAsync(cancellationToken);
        var sets = stored.SelectMany(page => page.Published is { } published ? [page.Draft.Texts, published.Texts] : new[] { page.Draft.Texts })
            .Where(texts => texts.Count > 0).ToList();
        // No stored texts at all (a site imported without texts.yml) is not an upgrade: the site shows no texts of its own.
        var newKeys = sets.Count == 0 ? []
            : SiteTextCatalogue.Keys.Select(k => k.Key).Where(key => !sets.Any(texts => texts.ContainsKey(key))).ToHashSet(StringComparer.Ordinal);
        return (sets.Any(AnyWrittenTheOldWay), newKeys);
    }

    /// <summary>
    /// The seed's text of each of <paramref name="keys"/> for each site it has, by site. A seed folder, site or file that
    /// is missing, or that the importer would refuse, gives none: the site keeps showing what it showed.
    /// </summary>
    private Dictionary<string, IReadOnlyDictionary<string, string>> SeedTexts(IReadOnlySet<string> keys)
    {
        var folder = ContentPaths.Resolve(options.Value.SeedPath);
        var found = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return found;
        }
        foreach (var siteFolder in Directory.GetDirectories(folder))
        {
            var siteKey = Path.GetFileName(siteFolder);
            var file = Path.Combine(siteFolder, SiteTextsFile.FileName);
            var problems = new List<Problem>();
            if (File.Exists(file) && SeedFiles.ReadText(file, folder, problems) is { } text &&
                SiteTextsFile.Parse(file, siteKey, text, problems) is { } seed && problems.Count == 0)
            {
                var texts = seed.Texts.Where(t => keys.Contains(t.Key) && SiteTextRules.Check(t.Key, t.Value).Count == 0).ToDictionary(StringComparer.Ordinal);
                if (texts.Count > 0)
                {
                    found[siteKey] = texts;
                }
            }
        }
        return found;
    }

    // French sets a narrow no-break space before the colon (docs/decisions.md, "French typography"); the code glued ": ".
    private static string Colon(string culture) =>
        CultureNames.LanguageOf(culture) == "fr" ? "\u202F: " : ": ";
}
