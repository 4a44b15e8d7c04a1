using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Merging;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Published;
using MassarDalil.Content.Sites;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Content.Text;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Publishing;

/// <summary>
/// What editors do to a page: save the draft (merged with saves made since the version it was based on),
/// publish, unpublish, restore a revision and create guides. Every change is one save with its
/// audit entry, so a failure leaves nothing half-written.
/// </summary>
public sealed partial class PageEditor(ContentDbContext db, Publisher publisher, PublishedContent published, SiteTextUpgrade texts, TimeProvider time)
{
    /// <summary>
    /// Stores <paramref name="content"/> as the page's draft. When someone saved since <paramref name="baseVersion"/>
    /// (the version the editor opened), merges it three-way with what they saved: stored when nothing conflicts or
    /// every conflict has a choice in <paramref name="choices"/>, else returned with its conflicts and nothing stored.
    /// </summary>
    public Task<SaveResult> SaveDraftAsync(
        int pageId, int baseVersion, PageContent content, string? slug, string actor,
        IReadOnlyDictionary<string, string>? choices = null, CancellationToken cancellationToken = default) =>
        SaveAsync(pageId, baseVersion, new DraftEdit(_ => content, Partial: false), slug, actor, choices, cancellationToken);

    /// <summary>
    /// Stores one part of the draft (a question, a topic, the page's fields): <paramref name="change"/> is applied to
    /// the version the editor opened (<paramref name="baseVersion"/>), and the result saved under the same rules as a
    /// whole page, so saves made since then merge and only the same place changed by both is asked. Only what the
    /// change touched is checked again, so a save costs the same on a page of 30 questions or 2,000.
    /// </summary>
    /// <param name="change">Makes the editor's version from the one they opened; when that version is no longer known
    /// (more than <see cref="DraftHistory.Kept"/> saves ago) it is given the current draft, and every difference is asked.</param>
    /// <param name="touches">The keys of the questions <paramref name="change"/> reads or changes, when it says: an FAQ
    /// saved on the version its editor opened then reads and writes only those questions' rows (the other questions
    /// reach <paramref name="change"/>, and the result's content, as stand-ins with their key and place but no text).
    /// Null: the whole draft is read.</param>
    public Task<SaveResult> SavePartAsync(
        int pageId, int baseVersion, Func<PageContent, PageContent> change, string actor,
        IReadOnlyDictionary<string, string>? choices = null, IReadOnlyCollection<string>? touches = null, CancellationToken cancellationToken = default) =>
        SaveAsync(pageId, baseVersion, new DraftEdit(change, Partial: true, touches), null, actor, choices, cancellationToken);

    private async Task<SaveResult> SaveAsync(
        int pageId, int baseVersion, DraftEdit edit, string? slug, string actor,
        IReadOnlyDictionary<string, string>? choices, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await TrySaveDraftAsync(pageId, baseVersion, edit, slug, actor, choices, cancellationToken) is { } result)
                {
                    return result;
                }
                // The change went beyond the questions it named: nothing was stored; saved again with the whole draft.
                db.ChangeTracker.Clear();
                edit = edit with { Touches = null };
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // Someone saved between our read and our write: merge again, against what they saved.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <returns>Null when a save of named questions (<see cref="DraftEdit.Touches"/>) changed more than those: nothing stored.</returns>
    private async Task<SaveResult?> TrySaveDraftAsync(
        int pageId, int baseVersion, DraftEdit edit, string? slug, string actor,
        IReadOnlyDictionary<string, string>? choices, CancellationToken cancellationToken)
    {
        var page = await db.Pages.IgnoreAutoIncludes().SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return SaveResult.Missing;
        }
        var stale = page.DraftVersion != baseVersion;
        // A save on the version its editor opened that names its questions reads only those; any other reads the whole draft.
        var part = edit.Touches is { } touches && !stale ? await DraftPart.ReadAsync(db, page, touches, cancellationToken) : null;
        if (part is null)
        {
            await db.Entry(page).Collection(p => p.DraftQuestions).LoadAsync(cancellationToken);
        }
        var current = part?.Content ?? page.Draft;
        var theirs = current with { History = null };
        var versions = stale ? DraftHistory.Rewind(current, page.Slug, page.DraftVersion, baseVersion) : null;
        var content = edit.Change(versions is null ? theirs : versions[^1].Content);
        // New questions get keys no one else has used meanwhile, so two editors' new questions never collide by accident.
        content = FaqMarkdown.CloseOpenFences(page.Type,
            FaqKeys.FillMissing(content with { History = null }, stale ? theirs.AllQuestions.Select(q => q.Key).Concat(theirs.Topics.Select(t => t.Key)) : []));
        var newSlug = page.Type == PageType.Guide && slug is not null ? Slug.NormalizeAddress(slug) : page.Slug;
        List<DraftStep> mergedWith = [];
        if (stale)
        {
            var (baseContent, baseSlug) = versions is null ? (null, null) : (versions[^1].Content, versions[^1].Slug);
            var merge = ThreeWayMerge.Merge(baseContent, theirs, content, choices, page.Type == PageType.Guide ? (baseSlug, page.Slug, newSlug) : null,
                navigation: page.Type == PageType.Navigation);
            if (merge.Unresolved.Count > 0)
            {
                var conflicts = ConflictAuthors.Attribute(merge.Conflicts, versions, page.DraftUpdatedBy, page.DraftUpdatedAt);
                return SaveResult.ConflictWith(page, conflicts, baseKnown: versions is not null) with { Content = content };
            }
            (content, newSlug) = (merge.Merged, merge.Slug ?? newSlug);
            mergedWith = versions?.Select(v => v.MadeBy).OfType<DraftStep>().Reverse().ToList()
                ?? [new DraftStep { Version = page.DraftVersion, By = page.DraftUpdatedBy, At = page.DraftUpdatedAt }];
        }
        // Whoever typed them, a French site's words are stored with French spacing, so what visitors read is what was saved.
        content = DraftTypography.Apply(await db.Sites.CultureOfAsync(page.SiteKey, cancellationToken), page.Type, content);
        // A part's save checks again only what differs from the stored draft, which was checked when it was saved.
        var problems = PageValidator.Validate(page.Type, content, newSlug, edit.Partial ? theirs : null).ToList();
        problems.AddRange(await Media.MediaLibrary.UnknownReferencesAsync(db, content, cancellationToken));
        if (page.Type == PageType.Guide && problems.Count == 0 && newSlug != page.Slug && await SlugTakenAsync(page.SiteKey, newSlug, page.Id, cancellationToken))
        {
            problems.Add(Problem.For("Slug", ProblemCode.AddressTaken));
        }
        if (problems.Count > 0)
        {
            return SaveResult.InvalidWith(problems, content);
        }
        if (Page.SameDraft(theirs, page.Slug, content, newSlug))
        {
            return SaveResult.SavedAt(page.DraftVersion, content, changed: false) with { MergedWith = mergedWith };
        }
        var now = time.GetUtcNow();
        page.DraftVersion++;
        var recorded = DraftHistory.Record(current, page.Slug, content, newSlug, page.DraftVersion, actor, now);
        if (part is null)
        {
            page.Draft = recorded;
        }
        else if (!part.TryStore(page, recorded))
        {
            return null;
        }
        page.Slug = newSlug;
        (page.DraftUpdatedAt, page.DraftUpdatedBy) = (now, actor);
        StageSaveAudit(page, actor, mergedWith);
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.SavedAt(page.DraftVersion, content, changed: true) with { MergedWith = mergedWith };
    }

    private void StageSaveAudit(Page page, string actor, IReadOnlyList<DraftStep> mergedWith)
    {
        var merged = mergedWith.Count == 0 ? "" : $", merged with the changes of {string.Join(", ", mergedWith.Select(s => s.By).Distinct())}";
        publisher.StageAudit(actor, AuditActions.Save, Target(page), $"draft version {page.DraftVersion}{merged}");
    }

    /// <summary>Makes the current draft public as a new revision; nothing new when it is already public.</summary>
    public async Task<PublishResult> PublishAsync(int pageId, string actor, CancellationToken cancellationToken = default)
    {
        var page = await db.Pages.Include(p => p.PublishedRevision).SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return new PublishResult(PublishStatus.NotFound, null);
        }
        if (!page.HasUnpublishedChanges())
        {
            return new PublishResult(PublishStatus.AlreadyPublished, page.PublishedRevision);
        }
        if (page.Type == PageType.Guide && await publisher.SlugPublishedElsewhereAsync(page, cancellationToken))
        {
            return new PublishResult(PublishStatus.SlugTaken, null);
        }
        var revision = await publisher.StagePublishAsync(page, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await published.RefreshAsync(cancellationToken);
        return new PublishResult(PublishStatus.Published, revision);
    }

    /// <summary>Takes the page off the public site; its draft and revisions stay.</summary>
    public async Task<bool> UnpublishAsync(int pageId, string actor, CancellationToken cancellationToken = default)
    {
        var page = await db.Pages.SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null || page.PublishedRevisionId is null || page.Type is PageType.Home or PageType.Texts or PageType.Navigation)
        {
            return false;
        }
        // Through the publisher, so the audit entry, the webhook event and the content version go together.
        await publisher.StageUnpublishAsync(page, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await published.RefreshAsync(cancellationToken);
        return true;
    }

    /// <summary>Makes an old revision the draft again. Visitors see it only once it is published.</summary>
    public async Task<Page?> RestoreAsync(int revisionId, string actor, CancellationToken cancellationToken = default)
    {
        var revision = await db.Revisions.Include(r => r.Page).SingleOrDefaultAsync(r => r.Id == revisionId, cancellationToken);
        // A revision whose stored content cannot be read has nothing to restore: the draft stays as it is.
        if (revision?.Page is not { } page || revision.Content.UnreadableJson is not null)
        {
            return null;
        }
        var (before, beforeSlug) = (page.Draft, page.Slug);
        if (revision.Slug != page.Slug && !await SlugTakenAsync(page.SiteKey, revision.Slug, page.Id, cancellationToken))
        {
            page.Slug = revision.Slug;
        }
        // Texts published before their punctuation was theirs come back written the way the templates read them now, and
        // with the draft's text for each key added since.
        var content = page.Type == PageType.Texts ? await texts.UpgradeAsync(revision.Content, page.SiteKey, before.Texts, cancellationToken) : revision.Content;
        page.DraftVersion++;
        // A step like any save's, so an editor who opened the page before the restore still merges against what they opened.
        page.Draft = DraftHistory.Record(before, beforeSlug, content, page.Slug, page.DraftVersion, actor, time.GetUtcNow());
        (page.DraftUpdatedAt, page.DraftUpdatedBy) = (time.GetUtcNow(), actor);
        publisher.StageAudit(actor, AuditActions.Restore, Target(page), $"revision {revision.Number} as draft version {page.DraftVersion}");
        await publisher.StageContentChangedAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return page;
    }

    /// <summary>Creates an unpublished guide in one site, linked to its translations by <paramref name="translationKey"/>.</summary>
    public async Task<CreateResult> CreateGuideAsync(
        string siteKey, string title, string slug, string? translationKey, string actor, CancellationToken cancellationToken = default)
    {
        slug = Slug.NormalizeAddress(slug);
        // An Arabic address gives a Latin key (keys link translations and stay Latin): تفعيل-الحساب gives tfayl-alhsab.
        translationKey = string.IsNullOrWhiteSpace(translationKey) ? Slug.KeyFor(slug) : translationKey.Trim();
        var content = new PageContent { Title = title.Trim() };
        var problems = PageValidator.Validate(PageType.Guide, content, slug).Concat(PageValidator.ValidateTranslationKey(translationKey)).ToList();
        if (!await db.Sites.AnyAsync(s => s.Key == siteKey, cancellationToken))
        {
            problems.Add(Problem.For("Site", ProblemCode.SiteRequired));
        }
        if (problems.Count == 0 && await SlugTakenAsync(siteKey, slug, 0, cancellationToken))
        {
            problems.Add(Problem.For("Slug", ProblemCode.AddressTaken));
        }
        if (problems.Count == 0 && await db.Pages.AnyAsync(p => p.SiteKey == siteKey && p.TranslationKey == translationKey, cancellationToken))
        {
            problems.Add(Problem.For("TranslationKey", ProblemCode.TranslationKeyTaken));
        }
        if (problems.Count > 0)
        {
            return new CreateResult(null, problems);
        }
        var order = await db.Pages.Where(p => p.SiteKey == siteKey).MaxAsync(p => (int?)p.SortOrder, cancellationToken) ?? 0;
        var page = new Page
        {
            SiteKey = siteKey, Type = PageType.Guide, Slug = slug, TranslationKey = translationKey, SortOrder = order + 1,
            Draft = content, DraftVersion = 1, DraftUpdatedAt = time.GetUtcNow(), DraftUpdatedBy = actor,
        };
        db.Pages.Add(page);
        publisher.StageAudit(actor, AuditActions.Create, $"{siteKey}/{translationKey}", "guide");
        await db.SaveChangesAsync(cancellationToken);
        return new CreateResult(page, []);
    }

    public static string Target(Page page) => $"{page.SiteKey}/{page.TranslationKey}";

    private Task<bool> SlugTakenAsync(string siteKey, string slug, int exceptPageId, CancellationToken cancellationToken) =>
        db.Pages.AnyAsync(p => p.SiteKey == siteKey && p.Slug == slug && p.Id != exceptPageId, cancellationToken);
}

/// <param name="Change">Makes what the editor saves from the version they opened.</param>
/// <param name="Partial">A part of the page: text the change did not touch is not checked again.</param>
/// <param name="Touches">The questions the change reads or changes, when it names them (see <see cref="DraftPart"/>).</param>
internal sealed record DraftEdit(Func<PageContent, PageContent> Change, bool Partial, IReadOnlyCollection<string>? Touches = null);

public enum SaveStatus
{
    Saved,
    Conflict,
    Invalid,
    NotFound,
}

/// <param name="Content">What was saved (with generated keys) or what was refused (or, on a conflict, the editor's version), to show again.</param>
/// <param name="Current">On a conflict: the page as someone else left it.</param>
public sealed record SaveResult(
    SaveStatus Status, int Version, PageContent? Content, Page? Current, IReadOnlyList<Problem> Problems, bool Changed)
{
    /// <summary>On a conflict: every place both sides changed, each with who changed theirs, and the choice made if any.</summary>
    public IReadOnlyList<MergeConflict> Conflicts { get; init; } = [];

    /// <summary>On a conflict: false when the version the editor opened is no longer known, so every difference is asked.</summary>
    public bool BaseKnown { get; init; } = true;

    /// <summary>When saved on an older version: the saves by others that were merged in, oldest first.</summary>
    public IReadOnlyList<DraftStep> MergedWith { get; init; } = [];

    public static SaveResult Missing { get; } = new(SaveStatus.NotFound, 0, null, null, [], false);

    public static SaveResult SavedAt(int version, PageContent content, bool changed) => new(SaveStatus.Saved, version, content, null, [], changed);

    public static SaveResult ConflictWith(Page current, IReadOnlyList<MergeConflict> conflicts, bool baseKnown) =>
        new(SaveStatus.Conflict, current.DraftVersion, null, current, [], false) { Conflicts = conflicts, BaseKnown = baseKnown };

    public static SaveResult InvalidWith(IReadOnlyList<Problem> problems, PageContent content) =>
        new(SaveStatus.Invalid, 0, content, null, problems, false);
}

public enum PublishStatus
{
    Published,
    AlreadyPublished,
    SlugTaken,
    NotFound,
}

public sealed record PublishResult(PublishStatus Status, PageRevision? Revision);

public sealed record CreateResult(Page? Page, IReadOnlyList<Problem> Problems);
