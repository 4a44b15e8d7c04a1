using MassarDalil.Content.Media;
using MassarDalil.Content.Published;
using Microsoft.Extensions.Caching.Memory;

namespace MassarDalil.Web.Media;

/// <summary>
/// The variants one server served lately, held only while the published snapshot lists their image. A deletion raises
/// the content version, like a publish: the deleting server has the new snapshot before its answer, every other one
/// within the watcher's second (<see cref="PublishedContent.Changed"/>), and at each new snapshot the variants of images
/// it no longer lists are evicted. Each read checks the listing too, so a variant stored by a request that raced the
/// deletion is never served. No expiry stands in for this: a sliding one kept a deleted image alive as long as someone
/// asked for it within the hour, and an absolute one would only bound how long.
/// </summary>
internal sealed class MediaVariantCache : IDisposable
{
    /// <summary>The most bytes of variants one server keeps in memory.</summary>
    private const long CacheBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheBytes });
    private readonly PublishedContent _content;

    public MediaVariantCache(PublishedContent content)
    {
        _content = content;
        _content.Changed += Evict;
    }

    /// <summary>The variant's bytes when the snapshot lists it and this server holds them.</summary>
    public byte[]? Find(MediaCatalogue listed, string hash, int width) =>
        Lists(listed, hash, width) && _cache.TryGetValue((hash, width), out byte[]? bytes) ? bytes : null;

    /// <summary>Keeps bytes read from the database, only for a variant the snapshot lists (one it does not is read each time).</summary>
    public void Keep(MediaCatalogue listed, string hash, int width, byte[] bytes)
    {
        if (Lists(listed, hash, width))
        {
            // Sliding: an image in use stays in memory; the listing, not time, decides whether it may be served.
            _cache.Set((hash, width), bytes, new MemoryCacheEntryOptions { Size = bytes.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        }
    }

    public void Dispose()
    {
        _content.Changed -= Evict;
        _cache.Dispose();
    }

    private static bool Lists(MediaCatalogue listed, string hash, int width) =>
        listed.Find(hash) is { } image && image.Variants.Any(v => v.Width == width);

    private void Evict(PublishedSnapshot snapshot)
    {
        foreach (var key in _cache.Keys.OfType<(string Hash, int Width)>().Where(k => !Lists(snapshot.Media, k.Hash, k.Width)))
        {
            _cache.Remove(key);
        }
    }
}
