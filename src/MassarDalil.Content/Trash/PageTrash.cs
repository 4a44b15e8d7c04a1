using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Redirects;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Trash;

/// <summary>What became of a request to trash a page.</summary>
public enum TrashStatus
{
    Trashed,
    NotFound,

    /// <summary>Not a guide (the home, the FAQ, a site's texts or navigation stay), or already in the trash.</summary>
    NotAllowed,

    /// <summary>The page to redirect to is not a live page of the same site.</summary>
    UnknownTarget,
}

/// <summary>A page in the trash, as the trash lists it.</summary>
/// <param name="RedirectsTo">The slug its address now redirects to ("" for the home), or null when it answers 410 Gone.</param>
public sealed record TrashedPage(int PageId, string SiteKey, string Title, string Slug, bool WasPublished, DateTimeOffset TrashedAt, string TrashedBy, string? RedirectsTo);

/// <summary>
/// Moves guides to the trash and back, and deletes them for good. A trashed page keeps its draft, revisions and
/// published pointer (so a restore brings it back exactly as it was, published if it was) but is left out of the
/// snapshot, hence of every page, menu, sitemap, search and API answer. Its old address answers 410 Gone, or a 301
/// to the page the editor chose (an editors' redirect, removed again by a restore). Who may delete for good is the
/// caller's rule (Admins, in the manager).
/// </summary>
public sealed class PageTrash(ContentDbContext db, Publisher publisher, PublishedContent published, TimeProvider time)
{
    /// <summary>Guides only: the home, the FAQ and a site's texts and navigation are what the site is built on.</summary>
    public static bool CanTrash(string type) => type == PageType.Guide;

    /// <param name="redirectToPageId">A live page of the same site the old address should lead to; null for 410 Gone.</param>
    public async Task<TrashStatus> TrashAsync(int pageId, int? redirectToPageId, string actor, CancellationToken cancellationToken = default)
    {
        var page = await db.Pages.Include(p => p.PublishedRevision).SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return TrashStatus.NotFound;
        }
        if (!CanTrash(page.Type) || page.TrashedAt is not null)
        {
            return TrashStatus.NotAllowed;
        }
        var slug = page.PublishedRevision?.Slug ?? page.Slug;
        if (redirectToPageId is { } targetId)
        {
            var snapshot = await published.GetAsync(cancellationToken);
            if (snapshot.Find(page.SiteKey)?.Pages.FirstOrDefault(p => p.PageId == targetId && p.PageId != page.Id) is not { } target)
            {
                return TrashStatus.UnknownTarget;
            }
            await RedirectAsync(page.SiteKey, slug, target.Type == PageType.Home ? "" : target.Slug, actor, cancellationToken);
        }
        (page.TrashedAt, page.TrashedBy) = (time.GetUtcNow(), actor);
        // A schedule would publish a page nobody can see in the manager's lists: the trash cancels it.
        db.ScheduledChanges.RemoveRange(await db.ScheduledChanges.Where(c => c.PageId == page.Id).ToListAsync(cancellationToken));
        publisher.StageAudit(actor, AuditActions.Trash, $"{page.SiteKey}/{page.TranslationKey}", redirectToPageId is null ? "410 Gone" : "301 redirect");
        if (page.PublishedRevision is { } shown)
        {
            publisher.StageEvent(ContentEventTypes.PageTrashed, page, shown.Content.Title, null, actor, shown.Slug);
        }
        await SaveAsync(cancellationToken);
        return TrashStatus.Trashed;
    }

    /// <summary>Brings a trashed page back as it was (published if it was); its address is its own again. False when not in the trash.</summary>
    public async Task<bool> RestoreAsync(int pageId, string actor, CancellationToken cancellationToken = default)
    {
        var page = await db.Pages.Include(p => p.PublishedRevision).SingleOrDefaultAsync(p => p.Id == pageId && p.TrashedAt != null, cancellationToken);
        if (page is null)
        {
            return false;
        }
        var slug = page.PublishedRevision?.Slug ?? page.Slug;
        db.Redirects.RemoveRange(await db.Redirects.Where(r => r.SiteKey == page.SiteKey && r.FromSlug == slug).ToListAsync(cancellationToken));
        (page.TrashedAt, page.TrashedBy) = (null, null);
        publisher.StageAudit(actor, AuditActions.TrashRestore, $"{page.SiteKey}/{page.TranslationKey}");
        if (page.PublishedRevision is { } shown)
        {
            publisher.StageEvent(ContentEventTypes.PageRestored, page, shown.Content.Title, shown.Number, actor, shown.Slug);
        }
        await SaveAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes a trashed page with its revisions; a redirect its trashing left stays. False when not in the trash.</summary>
    public async Task<bool> DeleteAsync(int pageId, string actor, CancellationToken cancellationToken = default)
    {
        var page = await db.Pages.Include(p => p.PublishedRevision).SingleOrDefaultAsync(p => p.Id == pageId && p.TrashedAt != null, cancellationToken);
        if (page is null)
        {
            return false;
        }
        // Receivers heard of it as published, then trashed; a draft nobody ever saw is none of their business.
        var shown = page.PublishedRevision;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The page points at one of its revisions and they at it: the pointer goes first.
        (page.PublishedRevision, page.PublishedRevisionId) = (null, null);
        await db.SaveChangesAsync(cancellationToken);
        db.Pages.Remove(page);
        publisher.StageAudit(actor, AuditActions.TrashDelete, $"{page.SiteKey}/{page.TranslationKey}", page.Draft.Title);
        if (shown is not null)
        {
            publisher.StageEvent(ContentEventTypes.PageDeleted, page, shown.Content.Title, null, actor, shown.Slug);
        }
        await publisher.StageContentChangedAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await published.RefreshAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<TrashedPage>> ListAsync(CancellationToken cancellationToken = default)
    {
        var pages = await db.Pages.AsNoTracking().Include(p => p.PublishedRevision).Where(p => p.TrashedAt != null).ToListAsync(cancellationToken);
        var redirects = await db.Redirects.AsNoTracking().ToListAsync(cancellationToken);
        return [.. pages.OrderByDescending(p => p.TrashedAt).Select(p =>
        {
            var slug = p.PublishedRevision?.Slug ?? p.Slug;
            return new TrashedPage(p.Id, p.SiteKey, p.Draft.Title, slug, p.PublishedRevisionId is not null, p.TrashedAt!.Value, p.TrashedBy ?? "",
                redirects.FirstOrDefault(r => r.SiteKey == p.SiteKey && r.FromSlug == slug)?.ToSlug);
        })];
    }

    /// <summary>The old address leads to the chosen page, and so do the redirects that led to the old address (no chain).</summary>
    private async Task RedirectAsync(string siteKey, string slug, string to, string actor, CancellationToken cancellationToken)
    {
        foreach (var old in await db.Redirects.Where(r => r.SiteKey == siteKey && (r.ToSlug == slug || r.FromSlug == slug)).ToListAsync(cancellationToken))
        {
            if (old.FromSlug == slug)
            {
                db.Redirects.Remove(old);
            }
            else
            {
                old.ToSlug = to;
            }
        }
        db.Redirects.Add(new Redirect
        {
            SiteKey = siteKey, FromSlug = slug, ToSlug = to, Kind = RedirectKinds.Manual, CreatedAt = time.GetUtcNow(), CreatedBy = actor,
        });
        publisher.StageAudit(actor, AuditActions.RedirectAdd, $"{siteKey}/{slug}", $"to {to} ({RedirectKinds.Manual})");
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await publisher.StageContentChangedAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await published.RefreshAsync(cancellationToken);
    }
}
