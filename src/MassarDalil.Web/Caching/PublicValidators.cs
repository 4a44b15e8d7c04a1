using MassarDalil.Content.Published;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Caching;

/// <summary>
/// Freshness and validators for what every visitor sees alike (public pages, the sitemap, robots.txt): a
/// browser or proxy may keep them but must ask again before each use (<c>no-cache</c>), since a publish
/// must show at once; the question is cheap, the output cache answers it with 304 from its copy. Both
/// validators follow the published snapshot, the one thing these responses are made from (with the build,
/// whose templates shape them): a weak ETag, as gzip, br and identity bytes are the same page.
/// </summary>
internal static class PublicValidators
{
    public const string CacheControl = "public, no-cache";

    internal static readonly string Build = typeof(PublicValidators).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    /// <summary>Sets them on a 200 that has no Cache-Control of its own (the manager's preview says no-store).</summary>
    public static void Set(HttpResponse response, PublishedSnapshot snapshot)
    {
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.CacheControl.Count > 0)
        {
            return;
        }
        response.Headers.CacheControl = CacheControl;
        response.Headers.ETag = $"W/\"{snapshot.Version}-{Build}\"";
        if (snapshot.ChangedAt != default)
        {
            var changed = snapshot.ChangedAt;
            response.GetTypedHeaders().LastModified = changed.AddTicks(-(changed.Ticks % TimeSpan.TicksPerSecond));
        }
    }
}
