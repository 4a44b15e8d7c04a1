using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

/// <summary>The app's own output-cache store, with a record of every entry it was asked to keep and for how long.</summary>
public sealed class RecordingCacheStore(IOutputCacheStore inner) : IOutputCacheStore
{
    private readonly ConcurrentQueue<(string Key, TimeSpan ValidFor)> _stored = new();

    public IReadOnlyCollection<(string Key, TimeSpan ValidFor)> Stored => _stored;

    /// <summary>For <c>new MassarApp(services: RecordingCacheStore.Install(out var store))</c>.</summary>
    public static Action<IServiceCollection> Install(out Func<RecordingCacheStore> store)
    {
        RecordingCacheStore? made = null;
        store = () => made ?? throw new InvalidOperationException("The app has not made its cache store yet.");
        return services =>
        {
            var original = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.Remove(original);
            services.AddSingleton<IOutputCacheStore>(provider => made = new RecordingCacheStore((IOutputCacheStore)original.ImplementationFactory!(provider)));
        };
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        _stored.Enqueue((key, validFor));
        return inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}
