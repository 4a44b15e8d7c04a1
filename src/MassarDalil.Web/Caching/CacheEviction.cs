using MassarDalil.Content.Published;
using Microsoft.AspNetCore.OutputCaching;

namespace MassarDalil.Web.Caching;

/// <summary>
/// Evicts cached pages and API responses whenever the published snapshot changes: a publish on
/// this server, on another one, or a CLI import, all of which reach <see cref="PublishedContent.Changed"/>
/// (the last two through the one-second watcher). Every site's entries go, because a page shows
/// its translations' links and its site's other pages; the content version in the cache key makes
/// any straggler stored from the old snapshot unreachable anyway.
/// </summary>
internal sealed partial class CacheEviction : IDisposable
{
    private readonly PublishedContent _content;
    private readonly IOutputCacheStore _store;
    private readonly ILogger<CacheEviction> _logger;
    private PublishedSnapshot? _last;

    public CacheEviction(PublishedContent content, IOutputCacheStore store, ILogger<CacheEviction> logger)
    {
        (_content, _store, _logger) = (content, store, logger);
        _content.Changed += OnChanged;
    }

    /// <summary>The tags the last change evicted (for logs and tests).</summary>
    public IReadOnlyList<string> LastEvicted { get; private set; } = [];

    public void Dispose() => _content.Changed -= OnChanged;

    private void OnChanged(PublishedSnapshot snapshot)
    {
        var sites = snapshot.Sites.Select(s => s.Site.Key).Union(_last?.Sites.Select(s => s.Site.Key) ?? []);
        var tags = sites.Select(CacheTags.Site).Append(CacheTags.All).ToList();
        (_last, LastEvicted) = (snapshot, tags);
        _ = EvictAsync(tags, snapshot.Version);
    }

    private async Task EvictAsync(List<string> tags, long version)
    {
        try
        {
            foreach (var tag in tags)
            {
                await _store.EvictByTagAsync(tag, CancellationToken.None);
            }
            LogEvicted(version, tags.Count);
        }
        catch (Exception e)
        {
            // Not fatal: the version in every key already keeps old entries from being served.
            LogEvictionFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Content version {Version}: evicted {Tags} cache tags")]
    private partial void LogEvicted(long version, int tags);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not evict cached responses")]
    private partial void LogEvictionFailed(Exception e);
}
