using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Text;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Publishing;

/// <summary>
/// What editors do to a page: save the draft (refused when it was based on an older version),
/// publish, unpublish, restore a revision and create guides. Every change is one save with its
/// audit entry, so a failure leaves nothing half-written.
/// </summary>
public sealed class PageEditor(ContentDbContext db, Publisher publisher, PublishedContent published, TimeProvider time)
{
    /// <summary>
    /// Stores <paramref name="content"/> as the page's draft if the draft is still at
    /// <paramref name="expectedVersion"/>; otherwise returns the draft someone else saved.
    /// </summary>
    public async Task<SaveResult> SaveDraftAsync(
        int pageId, int expectedVersion, PageContent content, string? slug, string actor, CancellationToken cancellationToken = default)
    {
        var page = await db.Pages.SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return SaveResult.Missing;
        }
        if (page.DraftVersion != expectedVersion)
        {
            return SaveResult.ConflictWith(page);
        }
        content = FaqKeys.FillMissing(content);
        var newSlug = page.Type == PageType.Guide && slug is not null ? Slug.NormalizeAddress(slug) : page.Slug;
        var problems = PageValidator.Validate(page.Type, content, newSlug).ToList();
        if (page.Type == PageType.Guide && problems.Count == 0 && newSlug != page.Slug && await SlugTakenAsync(page.SiteKey, newSlug, page.Id, cancellationToken))
        {
            problems.Add(new EditProblem("Slug", "Another page of this site already has this address."));
        }
        if (problems.Count > 0)
        {
            return SaveResult.InvalidWith(problems, content);
        }
        if (page.Draft.Equivalent(content) && page.Slug == newSlug)
        {
            return SaveResult.SavedAt(page.DraftVersion, content, changed: false);
        }
        page.Draft = content;
        page.Slug = newSlug;
        page.DraftVersion++;
        (page.DraftUpdatedAt, page.DraftUpdatedBy) = (time.GetUtcNow(), actor);
        publisher.StageAudit(actor, AuditActions.Save, Target(page), $"draft version {page.DraftVersion}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: theirs stands, ours goes back to the editor.
            db.ChangeTracker.Clear();
            var current = await db.Pages.AsNoTracking().SingleAsync(p => p.Id == pageId, cancellationToken);
            return SaveResult.ConflictWith(current);
        }
        return SaveResult.SavedAt(page.DraftVersion, content, changed: true);
    }

    /// <summary>Makes the current draft public as a new revision; nothing new when it is already public.</summary>
    public async Task<PublishResult> PublishAsync(int pageId, string actor, CancellationToken cancellationToken = default)
    {
        var page = await db.Pages.Include(p => p.PublishedRevision).SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return new PublishResult(PublishStatus.NotFound, null);
        }
        if (page.PublishedRevision is { } current && current.Slug == page.Slug && current.Content.Equivalent(page.Draft))
        {
            return new PublishResult(PublishStatus.AlreadyPublished, current);
        }
        if (page.Type == PageType.Guide && await SlugPublishedElsewhereAsync(page, cancellationToken))
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
        if (page is null || page.PublishedRevisionId is null || page.Type == PageType.Home)
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
        if (revision?.Page is not { } page)
        {
            return null;
        }
        page.Draft = revision.Content;
        if (revision.Slug != page.Slug && !await SlugTakenAsync(page.SiteKey, revision.Slug, page.Id, cancellationToken))
        {
            page.Slug = revision.Slug;
        }
        page.DraftVersion++;
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
            problems.Add(new EditProblem("Site", "Choose a site."));
        }
        if (problems.Count == 0 && await SlugTakenAsync(siteKey, slug, 0, cancellationToken))
        {
            problems.Add(new EditProblem("Slug", "Another page of this site already has this address."));
        }
        if (problems.Count == 0 && await db.Pages.AnyAsync(p => p.SiteKey == siteKey && p.TranslationKey == translationKey, cancellationToken))
        {
            problems.Add(new EditProblem("TranslationKey", "This site already has a page with this translation key."));
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

    /// <summary>A page's draft slug is unique, but another page may still be published under it.</summary>
    private Task<bool> SlugPublishedElsewhereAsync(Page page, CancellationToken cancellationToken) =>
        db.Pages.AnyAsync(p => p.SiteKey == page.SiteKey && p.Id != page.Id && p.PublishedRevision != null && p.PublishedRevision.Slug == page.Slug, cancellationToken);
}

public enum SaveStatus
{
    Saved,
    Conflict,
    Invalid,
    NotFound,
}

/// <param name="Content">What was saved (with generated keys) or what was refused, to show again.</param>
/// <param name="Current">On a conflict: the page as someone else left it.</param>
public sealed record SaveResult(
    SaveStatus Status, int Version, PageContent? Content, Page? Current, IReadOnlyList<EditProblem> Problems, bool Changed)
{
    public static SaveResult Missing { get; } = new(SaveStatus.NotFound, 0, null, null, [], false);

    public static SaveResult SavedAt(int version, PageContent content, bool changed) => new(SaveStatus.Saved, version, content, null, [], changed);

    public static SaveResult ConflictWith(Page current) => new(SaveStatus.Conflict, current.DraftVersion, null, current, [], false);

    public static SaveResult InvalidWith(IReadOnlyList<EditProblem> problems, PageContent content) =>
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

public sealed record CreateResult(Page? Page, IReadOnlyList<EditProblem> Problems);
