using Microsoft.AspNetCore.OutputCaching;

namespace MassarDalil.Web.Caching;

/// <summary>
/// A base policy for every request: compression runs inside the output cache, so the cache stores
/// compressed bytes, and an entry must never be served to a client that asked for another encoding.
/// It only adds to the key; whether anything is cached is still each endpoint's policy.
/// </summary>
internal sealed class VaryByEncodingPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.CacheVaryByRules.VaryByValues["enc"] = AcceptEncoding.Preferred(context.HttpContext.Request);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
