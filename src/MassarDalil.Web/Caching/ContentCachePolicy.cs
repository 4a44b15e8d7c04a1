using System.Globalization;
using MassarDalil.Content.Published;
using Microsoft.AspNetCore.OutputCaching;

namespace MassarDalil.Web.Caching;

/// <summary>
/// Output caching for what every visitor sees alike: public pages and API responses. Added to the
/// framework's default policy (GET/HEAD only, no Authorization header or signed-in user, status 200
/// only, never a response that sets a cookie), it keys each entry by the content version;
/// <see cref="VaryByEncodingPolicy"/> adds the negotiated compression and <see cref="CacheTagsPolicy"/>
/// tags it by site and page. Nothing visitor-specific: the language is in the path.
/// </summary>
/// <remarks>
/// Built from instances, not <c>AddPolicy&lt;T&gt;()</c>: the typed form looks the options up in the request's
/// services on every call, which opened a service scope for every request, cache hits included.
/// </remarks>
internal static class ContentCachePolicy
{
    public const string Name = "content";

    /// <summary>
    /// API responses: the same, but kept no longer than the <c>max-age</c> they carry, so the <c>Age</c> of a
    /// cached one never says it is already stale (an entry an hour old was served with <c>max-age=60</c>).
    /// </summary>
    public const string ApiName = "api";

    /// <summary>Pages live long: a content change evicts them (see <see cref="CacheEviction"/>).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static void Build(OutputCachePolicyBuilder policy, PublishedContent content, TimeSpan lifetime) =>
        // The version makes an entry rendered from an older snapshot unreachable once a newer one
        // is in memory, even if it was stored after the eviction that the change triggered.
        // No query string is part of the key (the framework's default keys every one): a share's utm_source or a
        // made-up ?x=… is served the page's entry instead of rendering and compressing it again and filling the
        // cache with copies. The one query a page reads, the feedback step, goes into the value.
        policy.Expire(lifetime).AddPolicy<NoQueryInKey>().VaryByValue(async (http, cancellation) =>
        {
            var snapshot = await content.GetAsync(cancellation);
            var version = snapshot.Version.ToString(CultureInfo.InvariantCulture);
            return new KeyValuePair<string, string>("v", FeedbackQuery.StepOf(http, snapshot) is { } step ? $"{version} {step}" : version);
        });
}

/// <summary>
/// Takes the query string out of the key, which the framework's default policy puts in whole. The builder takes a
/// policy by its type only, and makes it once.
/// </summary>
internal sealed class NoQueryInKey : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.CacheVaryByRules.QueryKeys = default;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}

/// <summary>A base policy: whatever is stored gets its cache tags, so a content change can evict it.</summary>
internal sealed class CacheTagsPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Tags are only needed when a response is stored, so a cache hit does not compute them.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.AllowCacheStorage)
        {
            foreach (var tag in CacheTags.For(context.HttpContext))
            {
                context.Tags.Add(tag);
            }
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>Cache tags: <c>content</c> on everything, <c>site:ar</c>, and <c>page:ar:faq</c> for a page and its questions.</summary>
internal static class CacheTags
{
    public const string All = "content";

    public static string Site(string site) => $"site:{site}";

    public static string Page(string site, string slug) => $"page:{site}:{slug}";

    public static IEnumerable<string> For(HttpContext http)
    {
        yield return All;
        if (http.GetRouteValue("lang") is not string site)
        {
            yield break;
        }
        yield return Site(site);
        if (PageOf(http, site) is { } slug)
        {
            yield return Page(site, slug);
        }
    }

    /// <summary>The page a request shows: the slug after <c>/{lang}/</c> (empty for home) or the API's page.</summary>
    private static string? PageOf(HttpContext http, string site)
    {
        if (http.Request.Path.StartsWithSegments(ContentUrls.ApiBase))
        {
            return http.GetRouteValue("slug") as string ?? (http.GetRouteValue("questionKey") is null ? null : "faq");
        }
        var segments = (http.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is [var first, var slug, ..] && first == site ? slug : "";
    }
}
