using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Media;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Redirects;
using MassarDalil.Content.Search;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Content.Sites;
using Microsoft.EntityFrameworkCore;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>
/// Loads a checked seed set into the database in one transaction: sites are updated, each page is
/// matched to its stored twin by site and key, and a page whose content differs becomes a new
/// published revision. Pages the seed does not name are left alone. A second run changes nothing.
/// </summary>
public sealed class SeedImporter(ContentDbContext db, Publisher publisher, TimeProvider time)
{
    public async Task<ImportSummary> ImportAsync(SeedSet seed, string actor, CancellationToken cancellationToken = default)
    {
        var summary = new ImportSummary();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sites = await db.Sites.ToDictionaryAsync(s => s.Key, cancellationToken);
        foreach (var seedSite in seed.Sites)
        {
            ApplySite(seedSite, seed.Texts.FirstOrDefault(t => t.SiteKey == seedSite.Key)?.Texts, sites, summary);
        }
        var pages = await db.Pages.Include(p => p.PublishedRevision).ToListAsync(cancellationToken);
        // A site's texts are the page of type texts, imported like any page (a new revision when they changed).
        var textPages = seed.Texts.Select(t => new SeedPage(t.File, t.SiteKey, PageType.Texts, SiteTextsPage.Key, SiteTextsPage.Key, 0, SiteTextsPage.Content(t.Texts)));
        // And its navigation the page of type navigation.
        var navigationPages = seed.Navigation.Select(n => new SeedPage(n.File, n.SiteKey, PageType.Navigation, NavigationPage.Key, NavigationPage.Key, 0, NavigationPage.Content(n.Menu)));
        var toPublish = seed.Pages.Concat(textPages).Concat(navigationPages)
            .Select(seedPage => ApplyPage(seedPage, pages.SingleOrDefault(p => p.SiteKey == seedPage.SiteKey && p.TranslationKey == seedPage.TranslationKey), actor,
                summary, seedPage.Type switch { PageType.Texts => summary.Texts, PageType.Navigation => summary.Navigation, _ => summary.Pages }))
            .OfType<Page>().ToList();
        if (seed.Lexicon is { } lexicon)
        {
            await ApplyLexiconAsync(lexicon, actor, summary, cancellationToken);
        }
        await ApplyMediaAsync(seed.Media, actor, summary, cancellationToken);
        // New pages need their ids before a revision can point at them (and they at it).
        await db.SaveChangesAsync(cancellationToken);
        foreach (var page in toPublish)
        {
            await publisher.StagePublishAsync(page, actor, cancellationToken);
        }
        await ApplyRedirectsAsync(seed.AllRedirects, actor, summary, cancellationToken);
        if (summary.ChangedAnything)
        {
            publisher.StageAudit(actor, AuditActions.Import, "seed",
                $"pages {summary.Pages}; texts {summary.Texts}; navigation {summary.Navigation}; topics {summary.Topics}; questions {summary.Questions}; lexicon {summary.Lexicon}"
                + (summary.Redirects.Touched > 0 ? $"; redirects {summary.Redirects}" : "")
                + (summary.Media.Touched > 0 ? $"; media {summary.Media}" : ""));
            await publisher.StageContentChangedAsync(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return summary;
    }

    /// <summary>
    /// The seed's redirects are added as editors' own, or moved to the seed's target; others are left alone, as pages are.
    /// Staged after the publishes, so a redirect the seed names wins over one a rename in the same import left.
    /// </summary>
    private async Task ApplyRedirectsAsync(IReadOnlyList<SeedRedirect> redirects, string actor, ImportSummary summary, CancellationToken cancellationToken)
    {
        if (redirects.Count == 0)
        {
            return;
        }
        await db.Redirects.LoadAsync(cancellationToken);
        foreach (var seed in redirects)
        {
            var stored = db.Redirects.Local.FirstOrDefault(r => r.SiteKey == seed.SiteKey && r.FromSlug == seed.From);
            if (stored is null)
            {
                db.Redirects.Add(new Redirect
                {
                    SiteKey = seed.SiteKey, FromSlug = seed.From, ToSlug = seed.To, Kind = RedirectKinds.Manual, CreatedAt = time.GetUtcNow(), CreatedBy = actor,
                });
                summary.Redirects.Added++;
            }
            else if (stored.ToSlug != seed.To)
            {
                stored.ToSlug = seed.To;
                summary.Redirects.Changed++;
            }
            else
            {
                summary.Redirects.Unchanged++;
            }
        }
    }

    /// <remarks>
    /// Visitors read the site's name and tagline from its texts; the Site row's Title and Tagline are kept in step for
    /// older readers (the password rules' list of site names, a static export's language chooser).
    /// </remarks>
    private void ApplySite(SeedSite seed, IReadOnlyDictionary<string, string>? texts, Dictionary<string, Site> sites, ImportSummary summary)
    {
        var existing = sites.GetValueOrDefault(seed.Key);
        var title = texts?.GetValueOrDefault("site.name") ?? existing?.Title ?? seed.Key;
        var tagline = texts?.GetValueOrDefault("site.tagline") ?? existing?.Tagline ?? "";
        if (existing is not { } site)
        {
            db.Sites.Add(new Site
            {
                Key = seed.Key, Culture = seed.Culture, Direction = seed.Direction,
                Title = title, Tagline = tagline, SortOrder = seed.Order,
            });
            summary.Sites.Added++;
            return;
        }
        if ((site.Culture, site.Direction, site.Title, site.Tagline, site.SortOrder) ==
            (seed.Culture, seed.Direction, title, tagline, seed.Order))
        {
            summary.Sites.Unchanged++;
            return;
        }
        (site.Culture, site.Direction, site.Title, site.Tagline, site.SortOrder) =
            (seed.Culture, seed.Direction, title, tagline, seed.Order);
        summary.Sites.Changed++;
    }

    /// <summary>Stages the seed's version of a page; returns the page when it needs publishing.</summary>
    private Page? ApplyPage(SeedPage seed, Page? page, string actor, ImportSummary summary, ChangeCount count)
    {
        var now = time.GetUtcNow();
        var before = page?.PublishedRevision?.Content ?? page?.Draft;
        CountParts(before, seed.Content, summary);
        if (page is null)
        {
            page = new Page
            {
                SiteKey = seed.SiteKey, Type = seed.Type, TranslationKey = seed.TranslationKey,
                Slug = seed.Slug, SortOrder = seed.Order, Draft = seed.Content,
                DraftVersion = 1, DraftUpdatedAt = now, DraftUpdatedBy = actor,
            };
            db.Pages.Add(page);
            count.Added++;
        }
        else if (page.Type == seed.Type && page.SortOrder == seed.Order && page.DraftIs(seed.Content, seed.Slug) && !page.HasUnpublishedChanges())
        {
            count.Unchanged++;
            return null;
        }
        else
        {
            if (page.PublishedRevision is not null && page.HasUnpublishedChanges() && !page.DraftIs(seed.Content, seed.Slug))
            {
                // REVIEW: the seed wins over an unpublished draft; the draft stays in the audit trail only as a warning.
                summary.Warnings.Add(Problem.At(seed.File, 1, ProblemCode.DraftReplaced));
            }
            (page.Type, page.Slug, page.SortOrder, page.Draft) = (seed.Type, seed.Slug, seed.Order, seed.Content);
            page.DraftVersion++;
            (page.DraftUpdatedAt, page.DraftUpdatedBy) = (now, actor);
            count.Changed++;
        }
        return page;
    }

    /// <summary>
    /// Each image of the seed is added under its hash, or gets the seed's alt texts; images the seed does not name are left
    /// alone, as pages are. An image already stored keeps its bytes: an image never changes under its hash.
    /// </summary>
    private async Task ApplyMediaAsync(IReadOnlyList<SeedMedia> media, string actor, ImportSummary summary, CancellationToken cancellationToken)
    {
        if (media.Count == 0)
        {
            return;
        }
        var hashes = media.Select(m => m.Hash).ToList();
        var stored = await db.MediaItems.Include(m => m.AltTexts).Where(m => hashes.Contains(m.Hash)).ToDictionaryAsync(m => m.Hash, cancellationToken);
        foreach (var seed in media)
        {
            if (stored.GetValueOrDefault(seed.Hash) is not { } item)
            {
                db.MediaItems.Add(MediaLibrary.NewItem(seed.Hash, Path.GetFileName(seed.ImageFile), seed.Image, seed.Alt, actor, time.GetUtcNow()));
                summary.Media.Added++;
            }
            else if (item.AltTexts.Count == seed.Alt.Count && item.AltTexts.All(a => seed.Alt.GetValueOrDefault(a.SiteKey) == a.Text))
            {
                summary.Media.Unchanged++;
            }
            else
            {
                db.RemoveRange(item.AltTexts);
                item.AltTexts = [.. seed.Alt.Select(a => new MediaAlt { SiteKey = a.Key, Text = a.Value })];
                summary.Media.Changed++;
            }
        }
    }

    /// <summary>
    /// Each group of the seed's lexicon replaces the stored group with the same first word, or is added; groups the
    /// seed does not name (editors' own) are left alone, as pages are.
    /// </summary>
    private async Task ApplyLexiconAsync(IReadOnlyList<IReadOnlyList<string>> lexicon, string actor, ImportSummary summary, CancellationToken cancellationToken)
    {
        var stored = await db.SynonymGroups.ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var terms in lexicon)
        {
            var group = stored.FirstOrDefault(g => g.Terms.Count > 0 && string.Equals(g.Terms[0], terms[0], StringComparison.OrdinalIgnoreCase));
            if (group is not null && group.Terms.SequenceEqual(terms, StringComparer.Ordinal))
            {
                summary.Lexicon.Unchanged++;
                continue;
            }
            if (group is null)
            {
                group = new SynonymGroup();
                db.SynonymGroups.Add(group);
                summary.Lexicon.Added++;
            }
            else
            {
                summary.Lexicon.Changed++;
            }
            (group.Terms, group.UpdatedAt, group.UpdatedBy) = ([.. terms], now, actor);
        }
    }

    private static void CountParts(PageContent? before, PageContent after, ImportSummary summary)
    {
        var oldTopics = before?.Topics.ToDictionary(t => t.Key) ?? [];
        foreach (var topic in after.Topics)
        {
            Count(summary.Topics, oldTopics.GetValueOrDefault(topic.Key) is { } old
                ? (old.Title == topic.Title && old.Questions.Select(q => q.Key).SequenceEqual(topic.Questions.Select(q => q.Key)) ? 0 : 1)
                : -1);
        }
        summary.Topics.Removed += oldTopics.Keys.Except(after.Topics.Select(t => t.Key)).Count();

        var oldQuestions = before?.AllQuestions.ToDictionary(q => q.Key) ?? [];
        foreach (var question in after.AllQuestions)
        {
            Count(summary.Questions, oldQuestions.GetValueOrDefault(question.Key) is { } old ? (old == question ? 0 : 1) : -1);
        }
        summary.Questions.Removed += oldQuestions.Keys.Except(after.AllQuestions.Select(q => q.Key)).Count();
    }

    /// <summary>-1 added, 0 unchanged, 1 changed.</summary>
    private static void Count(ChangeCount count, int change)
    {
        _ = change switch
        {
            < 0 => count.Added++,
            0 => count.Unchanged++,
            _ => count.Changed++,
        };
    }
}
