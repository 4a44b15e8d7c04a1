using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Redirects;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Publishing;

/// <summary>
/// Writes revisions and moves the published pointer. Changes are staged on the context; the caller
/// saves them, so an import can publish many pages in one transaction.
/// </summary>
public sealed class Publisher(ContentDbContext db, TimeProvider time)
{
    /// <summary>Snapshots the page's draft as its next revision and makes that revision public.</summary>
    public async Task<PageRevision> StagePublishAsync(Page page, string author, CancellationToken cancellationToken = default)
    {
        var last = page.Id == 0 ? null : await db.Revisions.AsNoTracking().Where(r => r.PageId == page.Id)
            .OrderByDescending(r => r.Number).Select(r => new { r.Number, r.Slug, r.Content, r.CreatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow();
        var revision = new PageRevision
        {
            Page = page,
            Number = (last?.Number ?? 0) + 1,
            Slug = page.Slug,
            // A revision is what visitors read: the draft's history of saves (who typed what) stays in the draft.
            Content = QuestionChanges.Stamp(page.Draft with { History = null }, last?.Content, last?.CreatedAt ?? now, now),
            CreatedAt = now,
            Author = author,
        };
        db.Revisions.Add(revision);
        page.PublishedRevision = revision;
        StageAudit(author, AuditActions.Publish, $"{page.SiteKey}/{page.TranslationKey}", $"revision {revision.Number}");
        StageEvent(ContentEventTypes.PagePublished, page, revision.Content.Title, revision.Number, author);
        await StageRedirectsAsync(page, last?.Slug, author, cancellationToken);
        await StageContentChangedAsync(cancellationToken);
        return revision;
    }

    /// <summary>
    /// Whether another published page of the site is at this page's address: a draft slug is unique, but another page
    /// may still be published under it, and publishing this one would clash.
    /// </summary>
    public Task<bool> SlugPublishedElsewhereAsync(Page page, CancellationToken cancellationToken = default) =>
        db.Pages.AnyAsync(p => p.SiteKey == page.SiteKey && p.Id != page.Id && p.PublishedRevision != null && p.PublishedRevision.Slug == page.Slug, cancellationToken);

    /// <summary>Takes the page away from visitors; its draft and revisions stay. False when it was not public.</summary>
    public async Task<bool> StageUnpublishAsync(Page page, string author, CancellationToken cancellationToken = default)
    {
        if (page.PublishedRevisionId is null && page.PublishedRevision is null)
        {
            return false;
        }
        (page.PublishedRevision, page.PublishedRevisionId) = (null, null);
        StageAudit(author, AuditActions.Unpublish, $"{page.SiteKey}/{page.TranslationKey}");
        StageEvent(ContentEventTypes.PageUnpublished, page, page.Draft.Title, null, author);
        await StageContentChangedAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Keeps old addresses working as the page goes live at <see cref="Page.Slug"/>: its last published slug now
    /// redirects there, redirects to that old slug follow it (chains collapse: A→B and B→C leave A→C), and a
    /// redirect from the new slug goes (the address is a live page again), so no redirect ever loops.
    /// </summary>
    private async Task StageRedirectsAsync(Page page, string? previousSlug, string author, CancellationToken cancellationToken)
    {
        if (page.Type == PageType.Home)
        {
            return;
        }
        // Loaded into the context, then read from it: an import stages several publishes before it saves.
        await db.Redirects.Where(r => r.SiteKey == page.SiteKey).LoadAsync(cancellationToken);
        var moved = previousSlug is { Length: > 0 } && previousSlug != page.Slug;
        foreach (var redirect in db.Redirects.Local.Where(r => r.SiteKey == page.SiteKey).ToList())
        {
            if (redirect.FromSlug == page.Slug)
            {
                db.Redirects.Remove(redirect);
                StageAudit(author, AuditActions.RedirectRemove, $"{page.SiteKey}/{redirect.FromSlug}", "a published page has this address again");
            }
            else if (moved && redirect.ToSlug == previousSlug)
            {
                redirect.ToSlug = page.Slug;
            }
        }
        if (moved && !db.Redirects.Local.Any(r => r.SiteKey == page.SiteKey && r.FromSlug == previousSlug))
        {
            db.Redirects.Add(new Redirect
            {
                SiteKey = page.SiteKey, FromSlug = previousSlug!, ToSlug = page.Slug, Kind = RedirectKinds.Automatic,
                CreatedAt = time.GetUtcNow(), CreatedBy = author,
            });
            StageAudit(author, AuditActions.RedirectAdd, $"{page.SiteKey}/{previousSlug}", $"to {page.Slug} ({RedirectKinds.Automatic})");
        }
    }

    /// <summary>
    /// Records the change as a <see cref="ContentEvent"/> in the same transaction, so that what
    /// follows a publish (webhooks) happens exactly when the publish is committed.
    /// </summary>
    /// <param name="slug">The address visitors knew, when it is not the draft's (a trashed page's published one).</param>
    public void StageEvent(string type, Page page, string title, int? revision, string author, string? slug = null) =>
        db.ContentEvents.Add(new ContentEvent
        {
            Type = type, SiteKey = page.SiteKey, PageKey = page.TranslationKey, PageType = page.Type, Slug = slug ?? page.Slug,
            Title = title, Revision = revision, OccurredAt = time.GetUtcNow(), Actor = author,
        });

    public void StageAudit(string actor, string action, string target, string details = "") =>
        db.Audit.Add(AuditEntry.Of(time.GetUtcNow(), actor, action, target, details));

    /// <summary>Raises the content version that every cache of published content watches.</summary>
    public async Task StageContentChangedAsync(CancellationToken cancellationToken = default)
    {
        var state = await db.ContentState.SingleAsync(s => s.Id == ContentState.SingletonId, cancellationToken);
        if (db.Entry(state).State == EntityState.Unchanged)
        {
            state.Version++;
            state.ChangedAt = time.GetUtcNow();
        }
    }
}
