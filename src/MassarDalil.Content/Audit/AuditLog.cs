using MassarDalil.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Audit;

/// <summary>Writes events that are not part of a content change (sign-ins, user changes) and reads the log back.</summary>
public sealed class AuditLog(ContentDbContext db, TimeProvider time)
{
    public const int PageSize = 50;

    /// <summary>Records one event at once, in its own save.</summary>
    public async Task RecordAsync(string actor, string action, string target, string details = "", CancellationToken cancellationToken = default)
    {
        db.Audit.Add(AuditEntry.Of(time.GetUtcNow(), actor, action, target, details));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Newest first, optionally for one action or one actor; <paramref name="page"/> counts from 1.</summary>
    public async Task<AuditPage> ReadAsync(AuditFilter filter, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Audit.AsNoTracking();
        if (filter.Action is { Length: > 0 } action)
        {
            query = query.Where(a => a.Action == action);
        }
        if (filter.Actor is { Length: > 0 } actor)
        {
            query = query.Where(a => a.Actor == actor);
        }
        page = Math.Max(page, 1);
        var entries = await query.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        return new AuditPage(entries.Take(PageSize).ToList(), page, HasMore: entries.Count > PageSize);
    }
}

public sealed record AuditFilter(string? Action = null, string? Actor = null);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, bool HasMore);
