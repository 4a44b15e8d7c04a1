using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Content.Scheduling;

/// <summary>
/// Publishing and unpublishing at a chosen time. Editors set or clear a page's times; a background loop on every
/// server calls <see cref="RunDueAsync"/>, and the server that claims a due change does it, through the same
/// <see cref="Publisher"/> as a manual publish (revision, audit, webhook event, content version).
/// </summary>
public sealed partial class PublishingSchedule(
    ContentDbContext db, Publisher publisher, PublishedContent published, TimeProvider time, ILogger<PublishingSchedule> logger)
{
    /// <summary>Suffix of the author of a revision made by the schedule: "editor@example.org (scheduled)".</summary>
    public const string ScheduledSuffix = " (scheduled)";

    public Task<List<ScheduledChange>> ForPageAsync(int pageId, CancellationToken cancellationToken = default) =>
        db.ScheduledChanges.AsNoTracking().Where(c => c.PageId == pageId).ToListAsync(cancellationToken);

    /// <summary>Every change still to come, soonest first, with its page (for the dashboard).</summary>
    public async Task<IReadOnlyList<ScheduledChange>> UpcomingAsync(CancellationToken cancellationToken = default)
    {
        var changes = await db.ScheduledChanges.AsNoTracking().Include(c => c.Page).ToListAsync(cancellationToken);
        return [.. changes.OrderBy(c => c.DueAt)];
    }

    /// <summary>
    /// Sets the page's publish and unpublish times (null clears one). Nothing is stored when a time is refused.
    /// </summary>
    public async Task<ScheduleResult> SetAsync(
        int pageId, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, string actor, CancellationToken cancellationToken = default)
    {
        var page = await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return ScheduleResult.Missing;
        }
        var problems = Check(page, publishAt, unpublishAt, time.GetUtcNow());
        if (problems.Count > 0)
        {
            return new ScheduleResult(true, problems);
        }
        var existing = await db.ScheduledChanges.Where(c => c.PageId == pageId).ToListAsync(cancellationToken);
        Put(existing, page, ScheduledActions.Publish, publishAt, actor);
        Put(existing, page, ScheduledActions.Unpublish, unpublishAt, actor);
        await db.SaveChangesAsync(cancellationToken);
        return new ScheduleResult(true, []);
    }

    private static List<Problem> Check(Page page, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, DateTimeOffset now)
    {
        var problems = new List<Problem>();
        if (publishAt is { } p && p <= now)
        {
            problems.Add(Problem.For("PublishAt", ProblemCode.ScheduleInThePast));
        }
        if (unpublishAt is { } u)
        {
            if (page.Type == PageType.Home)
            {
                problems.Add(Problem.For("UnpublishAt", ProblemCode.ScheduleHomeStays));
            }
            else if (u <= now)
            {
                problems.Add(Problem.For("UnpublishAt", ProblemCode.ScheduleInThePast));
            }
            else if (publishAt is { } before && u <= before)
            {
                problems.Add(Problem.For("UnpublishAt", ProblemCode.ScheduleUnpublishBeforePublish));
            }
        }
        return problems;
    }

    private void Put(List<ScheduledChange> existing, Page page, string action, DateTimeOffset? at, string actor)
    {
        var current = existing.FirstOrDefault(c => c.Action == action);
        var target = $"{page.SiteKey}/{page.TranslationKey}";
        if (at is null)
        {
            if (current is not null)
            {
                db.ScheduledChanges.Remove(current);
                publisher.StageAudit(actor, AuditActions.ScheduleClear, target, action);
            }
            return;
        }
        var due = at.Value.ToUniversalTime();
        if (current?.DueAt == due)
        {
            return;
        }
        if (current is null)
        {
            db.ScheduledChanges.Add(current = new ScheduledChange { PageId = page.Id, Action = action });
        }
        (current.DueAt, current.CreatedAt, current.CreatedBy) = (due, time.GetUtcNow(), actor);
        publisher.StageAudit(actor, AuditActions.Schedule, target, $"{action} at {due:yyyy-MM-dd HH:mm} UTC");
    }

    /// <summary>
    /// Does every change that is due. Each is claimed by deleting its row in the transaction that carries it out: on
    /// PostgreSQL a second server's delete waits for the first to commit and then finds nothing, so a change happens
    /// once; if carrying it out fails, the transaction rolls back with the row and the next run tries again.
    /// </summary>
    /// <returns>How many changes this call carried out.</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var due = await db.ScheduledChanges.AsNoTracking().Where(c => c.DueAt <= now)
            .Select(c => new { c.Id, c.PageId, c.Action, c.CreatedBy, c.DueAt }).ToListAsync(cancellationToken);
        var done = 0;
        // Publish before unpublish when both are due at once, so a page scheduled for a short window ends unpublished.
        foreach (var change in due.OrderBy(c => c.DueAt).ThenBy(c => c.Action == ScheduledActions.Unpublish))
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.ScheduledChanges.Where(c => c.Id == change.Id).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                continue;
            }
            var page = await db.Pages.Include(p => p.PublishedRevision).SingleAsync(p => p.Id == change.PageId, cancellationToken);
            var author = change.CreatedBy + ScheduledSuffix;
            var outcome = change.Action == ScheduledActions.Publish
                ? await PublishAsync(page, author, cancellationToken)
                : await publisher.StageUnpublishAsync(page, author, cancellationToken) ? "unpublished" : "was not published";
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogDone(change.Action, page.SiteKey, page.TranslationKey, outcome);
            done++;
        }
        if (done > 0)
        {
            await published.RefreshAsync(cancellationToken);
        }
        return done;
    }

    private async Task<string> PublishAsync(Page page, string author, CancellationToken cancellationToken)
    {
        if (!page.HasUnpublishedChanges())
        {
            return "was already published as it is";
        }
        if (page.Type == PageType.Guide && await publisher.SlugPublishedElsewhereAsync(page, cancellationToken))
        {
            // The editor finds out on the dashboard and in the audit log, like any publish that could not happen.
            publisher.StageAudit(author, AuditActions.ScheduleSkipped, $"{page.SiteKey}/{page.TranslationKey}", $"another published page has the address {page.Slug}");
            return "not published: its address is taken";
        }
        var revision = await publisher.StagePublishAsync(page, author, cancellationToken);
        return $"published as revision {revision.Number}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Action} of {Site}/{Page}: {Outcome}")]
    private partial void LogDone(string action, string site, string page, string outcome);
}

/// <param name="Found">False when there is no such page.</param>
public sealed record ScheduleResult(bool Found, IReadOnlyList<Problem> Problems)
{
    public static ScheduleResult Missing { get; } = new(false, []);
    public bool Saved => Found && Problems.Count == 0;
}
