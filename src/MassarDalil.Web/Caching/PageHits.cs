using System.Collections.Concurrent;
using MassarDalil.Content.Published;
using Microsoft.AspNetCore.OutputCaching;

namespace MassarDalil.Web.Caching;

/// <summary>
/// The public pages the output cache holds, kept a second time as ready-made responses (<see cref="PageHit"/>) for
/// <see cref="PageHitMiddleware"/>, which answers a plain GET or HEAD for one before routing and the rest of the pipeline.
/// </summary>
/// <remarks>
/// Only what the output cache itself stored or served under the content policy is kept, keyed as it keys
/// (scheme, host and path case-insensitively, the negotiated encoding), for the content version it was rendered
/// from and no longer than its lifetime; any eviction from the output cache empties it (<see cref="EvictingPageHitsStore"/>). The host is the
/// client's to choose, so the store is bounded: when full, pages are still served, by the output cache.
/// </remarks>
internal sealed class PageHits(PublishedContent content, TimeProvider time)
{
    public const int MaxEntries = 1_000;
    public const int MaxBytes = 32 * 1024 * 1024;

    /// <summary>Larger pages are left to the output cache.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private readonly ConcurrentDictionary<PageHitKey, PageHit> _entries = new(PageHitKey.Comparer);
    private long _bytes;

    public TimeProvider Time { get; } = time;

    /// <summary>The version visitors see now, or null before the first snapshot.</summary>
    public long? CurrentVersion => content.Current?.Version;

    public PageHit? Find(PageHitKey key, long version, DateTimeOffset now)
    {
        if (!_entries.TryGetValue(key, out var hit))
        {
            return null;
        }
        if (hit.Version == version && now - hit.Created < ContentCachePolicy.Lifetime)
        {
            return hit;
        }
        Remove(key, hit);
        return null;
    }

    /// <summary>Keeps a response that went through the whole pipeline, when the output cache would serve it again.</summary>
    public void Offer(HttpContext context, PageHitKey key, long version, ResponseCopy copy)
    {
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || copy.Incomplete || context.RequestAborted.IsCancellationRequested ||
            response.Headers.SetCookie.Count > 0 || response.ContentLength is { } length && length != copy.Copied ||
            !IsContentPage(context.GetEndpoint()) || CurrentVersion != version ||
            _entries.Count >= MaxEntries || Interlocked.Read(ref _bytes) + copy.Copied > MaxBytes ||
            // Another request for the page, which missed at the same time, has kept it already.
            _entries.TryGetValue(key, out var kept) && kept.Version == version)
        {
            return;
        }
        var now = Time.GetUtcNow();
        // A response the output cache served from its entry says how old that entry is.
        var age = long.TryParse(response.Headers.Age.ToString(), out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
        var hit = new PageHit(version, now - age, response.Headers, copy.ToArray());
        if (_entries.TryAdd(key, hit))
        {
            Interlocked.Add(ref _bytes, hit.Length);
        }
    }

    /// <summary>Pages stored under the content policy; the search page's NoStore and the manager's preview are not.</summary>
    public static bool IsContentPage(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: ContentCachePolicy.Name, NoStore: false };

    /// <summary>Everything goes: the output cache evicts by tag only when content changes, and then every site's tags.</summary>
    public void Clear()
    {
        foreach (var (key, hit) in _entries)
        {
            Remove(key, hit);
        }
    }

    private void Remove(PageHitKey key, PageHit hit)
    {
        if (_entries.TryRemove(new KeyValuePair<PageHitKey, PageHit>(key, hit)))
        {
            Interlocked.Add(ref _bytes, -hit.Length);
        }
    }
}

/// <summary>
/// What the output cache keys a page by, less the method (GET only) and the query (none): the path with its case,
/// as the output cache is set up (<see cref="ContentCachingExtensions.AddContentCaching"/>), scheme and host without.
/// </summary>
internal readonly record struct PageHitKey(string Scheme, string Host, string Path, string Encoding)
{
    public static IEqualityComparer<PageHitKey> Comparer { get; } = new AsTheOutputCacheKeys();

    private sealed class AsTheOutputCacheKeys : IEqualityComparer<PageHitKey>
    {
        public bool Equals(PageHitKey x, PageHitKey y) =>
            string.Equals(x.Path, y.Path, StringComparison.Ordinal) && string.Equals(x.Host, y.Host, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(x.Scheme, y.Scheme, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Encoding, y.Encoding, StringComparison.Ordinal);

        public int GetHashCode(PageHitKey key) => HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(key.Path), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Host), key.Encoding);
    }
}

/// <summary>The output cache's store, which also empties <see cref="PageHits"/> whenever it evicts, so neither serves what the other dropped.</summary>
internal sealed class EvictingPageHitsStore(IOutputCacheStore inner, PageHits hits) : IOutputCacheStore
{
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        hits.Clear();
        return inner.EvictByTagAsync(tag, cancellationToken);
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        inner.SetAsync(key, value, tags, validFor, cancellationToken);
}
