using MassarDalil.Content.Audit;
using MassarDalil.Content.Publishing;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Cli.Commands;

/// <summary>
/// What a restore leaves behind, as a publish does: an audit entry (who, from which backup, the content version before
/// and after) and a <c>content.restored</c> webhook event per site. The audit and the outbox live in the database the
/// restore replaces, so both are written into the rehearsed copy before it replaces the live file: the restore and its
/// record land together or not at all. The CLI sends no webhook itself; the running site's sender finds the events in
/// the outbox as it finds a CLI import's (or, with no site running, at its next start).
/// </summary>
internal static class RestoreRecord
{
    /// <param name="replaced">The replaced database's content version; null when there was none (a new file).</param>
    public static async Task WriteAsync(string copy, string backupFile, long backupVersion, long? replaced, ContentVersion version, string actor)
    {
        await using var db = SqliteFile.Content(copy);
        // Stored as the engine writes details, in English words and numbers; the manager words it (AuditDetails).
        db.Audit.Add(AuditEntry.Of(version.ChangedAt, actor, AuditActions.DatabaseRestore, backupFile,
            $"content version {replaced ?? 0} before, {version.Number} after; backup version {backupVersion}"));
        foreach (var site in await db.Sites.AsNoTracking().OrderBy(s => s.Key).Select(s => s.Key).ToListAsync())
        {
            db.ContentEvents.Add(new ContentEvent
            {
                Type = ContentEventTypes.ContentRestored, SiteKey = site, PageKey = "", PageType = "",
                OccurredAt = version.ChangedAt, Actor = actor,
            });
        }
        await db.SaveChangesAsync();
    }
}
