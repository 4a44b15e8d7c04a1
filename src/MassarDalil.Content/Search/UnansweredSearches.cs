using MassarDalil.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Search;

/// <summary>
/// Counts the searches that found nothing, and tells editors which ones came up most. Never keeps a query that
/// could be someone's code, password, e-mail or phone number (<see cref="SearchPrivacy"/>), nor anything older
/// than <see cref="KeepDays"/> days.
/// </summary>
public sealed class UnansweredSearches(ContentDbContext db, TimeProvider time)
{
    public const int DefaultDays = 30;

    /// <summary>How long a count is kept: today and the 89 days before it.</summary>
    public const int KeepDays = 90;

    /// <summary>
    /// Adds one to today's count for this query (normalised) in this language, unless <see cref="SearchPrivacy.CheckUnanswered"/>
    /// refuses it. True when it was counted.
    /// </summary>
    public async Task<bool> RecordAsync(string language, string query, CancellationToken cancellationToken = default)
    {
        var text = SearchQueryText.Normalize(query);
        if (text.Length == 0 || !SearchPrivacy.MayKeepUnanswered(query) || !SearchPrivacy.MayKeepUnanswered(text))
        {
            return false;
        }
        var now = time.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        if (await IncrementAsync(language, text, day, now, cancellationToken) > 0)
        {
            return true;
        }
        // A new row: a moment to drop the ones past their time, so the table holds at most KeepDays of them.
        await PurgeExpiredAsync(cancellationToken);
        db.UnansweredSearches.Add(new UnansweredSearch { Language = language, Text = text, Day = day, Count = 1, LastSeenAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request added today's row first (unique index): count on it instead.
            db.ChangeTracker.Clear();
            await IncrementAsync(language, text, day, now, cancellationToken);
        }
        return true;
    }

    /// <summary>
    /// Deletes the counts older than <see cref="KeepDays"/> days, and any row the privacy rule refuses (kept
    /// before the rule existed, or under an older rule). Returns how many rows went.
    /// </summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var purged = await PurgeExpiredAsync(cancellationToken);
        var refused = new List<long>();
        await foreach (var row in db.UnansweredSearches.AsNoTracking().Select(u => new { u.Id, u.Text }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!SearchPrivacy.MayKeepUnanswered(row.Text))
            {
                refused.Add(row.Id);
            }
        }
        foreach (var batch in refused.Chunk(500))
        {
            purged += await db.UnansweredSearches.Where(u => batch.Contains(u.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        return purged;
    }

    private Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var oldest = FirstDay(KeepDays);
        return db.UnansweredSearches.Where(u => u.Day < oldest).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The queries that most often found nothing over the last <paramref name="days"/> days, most frequent first.</summary>
    public async Task<IReadOnlyList<UnansweredQuery>> TopAsync(int take = 20, int days = DefaultDays, string? language = null, CancellationToken cancellationToken = default)
    {
        var since = FirstDay(days);
        var top = await db.UnansweredSearches.AsNoTracking()
            .Where(u => u.Day >= since && (language == null || u.Language == language))
            .GroupBy(u => new { u.Language, u.Text })
            .Select(g => new { g.Key.Language, g.Key.Text, Count = g.Sum(u => u.Count), LastSeenAt = g.Max(u => u.LastSeenAt) })
            .OrderByDescending(q => q.Count).ThenByDescending(q => q.LastSeenAt).ThenBy(q => q.Text)
            .Take(take)
            .ToListAsync(cancellationToken);
        return top.Select(q => new UnansweredQuery(q.Language, q.Text, q.Count, q.LastSeenAt)).ToList();
    }

    /// <summary>Searches that found nothing on each of the last <paramref name="days"/> days, oldest first, zeros included.</summary>
    public async Task<IReadOnlyList<DailyCount>> PerDayAsync(int days = DefaultDays, string? language = null, CancellationToken cancellationToken = default)
    {
        var since = FirstDay(days);
        var counts = await db.UnansweredSearches.AsNoTracking()
            .Where(u => u.Day >= since && (language == null || u.Language == language))
            .GroupBy(u => u.Day)
            .Select(g => new { Day = g.Key, Count = g.Sum(u => u.Count) })
            .ToDictionaryAsync(g => g.Day, g => g.Count, cancellationToken);
        return Enumerable.Range(0, days).Select(i => since.AddDays(i))
            .Select(day => new DailyCount(day, counts.GetValueOrDefault(day))).ToList();
    }

    private DateOnly FirstDay(int days) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1 - days);

    private Task<int> IncrementAsync(string language, string text, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.UnansweredSearches
            .Where(u => u.Language == language && u.Text == text && u.Day == day)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Count, u => u.Count + 1).SetProperty(u => u.LastSeenAt, now), cancellationToken);
}

public sealed record UnansweredQuery(string Language, string Text, int Count, DateTimeOffset LastSeenAt);

public sealed record DailyCount(DateOnly Day, int Count);
