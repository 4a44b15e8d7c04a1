using System.Globalization;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Cli.Commands;

/// <summary>How recent a database's work is: the published content version and the last recorded action (saves included).</summary>
internal sealed record DatabaseState(long Version, DateTimeOffset ChangedAt, DateTimeOffset? LastAction, int Pages)
{
    /// <summary>True when this database holds a publish or a recorded action (a draft save, a sign-in) that the other does not.</summary>
    public bool IsNewerThan(DatabaseState other) =>
        Version > other.Version || ChangedAt > other.ChangedAt || (LastAction ?? DateTimeOffset.MinValue) > (other.LastAction ?? DateTimeOffset.MinValue);

    /// <summary>The state of the SQLite file at <paramref name="path"/>; null when it holds no Massar Dalil content tables.</summary>
    public static async Task<DatabaseState?> ReadAsync(string path)
    {
        await using var db = SqliteFile.Content(path, SqliteOpenMode.ReadOnly);
        try
        {
            var state = await db.ContentState.AsNoTracking().SingleAsync(s => s.Id == ContentState.SingletonId);
            var lastAction = await db.Audit.OrderByDescending(a => a.Id).Select(a => (DateTimeOffset?)a.At).FirstOrDefaultAsync();
            // The pages visitors open: a site's texts are stored as a page too, but are no page of the site.
            return new DatabaseState(state.Version, state.ChangedAt, lastAction, await db.Pages.CountAsync(p => p.Type != PageType.Texts && p.Type != PageType.Navigation));
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            // Not a SQLite file, or one without our tables (empty, or another application's).
            return null;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Pages} pages, content version {Version} changed {ChangedAt:u}, last recorded action {(LastAction is { } at ? at.ToString("u", CultureInfo.InvariantCulture) : "none")}");
}
