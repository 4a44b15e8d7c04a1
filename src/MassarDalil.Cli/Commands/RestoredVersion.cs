using MassarDalil.Content.Data;
using MassarDalil.Content.Published;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Cli.Commands;

/// <summary>A content version number and when it was made.</summary>
internal readonly record struct ContentVersion(long Number, DateTimeOffset ChangedAt);

/// <summary>
/// A restore is a change of content like a publish: the restored database gets a content version above both the
/// backup's and the replaced database's, made at the restore's time. Put back as it was, the version went down: the next
/// publish reused a number that had named other content (the same ETag for different pages, so a revalidating browser
/// or CDN kept the old page) and Last-Modified went back in time (an If-Modified-Since after it answered 304).
/// </summary>
internal static class RestoredVersion
{
    /// <summary>The content version of the database on <paramref name="live"/>; null when it holds no content state yet.</summary>
    public static async Task<long?> ReadAsync(SqliteConnection live)
    {
        try
        {
            return await SqliteFile.ScalarAsync(live, $"SELECT Version FROM ContentState WHERE Id = {ContentState.SingletonId}", CancellationToken.None) is long version
                ? version
                : null;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_ERROR)
        {
            // No such table: a new, empty database file.
            return null;
        }
    }

    /// <summary>Writes the restored copy at <paramref name="copy"/> a version above <paramref name="backup"/> and <paramref name="replaced"/>, made <paramref name="now"/>.</summary>
    public static async Task<ContentVersion> StampAsync(string copy, long backup, long? replaced, DateTimeOffset now)
    {
        var version = new ContentVersion(Math.Max(backup, replaced ?? 0) + 1, now);
        await using var db = SqliteFile.Content(copy);
        await db.ContentState.Where(s => s.Id == ContentState.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, version.Number).SetProperty(c => c.ChangedAt, version.ChangedAt));
        return version;
    }
}
