using System.IO.Compression;
using MassarDalil.Content.Published;
using MassarDalil.Web.Api;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace MassarDalil.Web.Caching;

/// <summary>The fast read path: output caching of pages and API responses, and compression.</summary>
public static class ContentCachingExtensions
{
    public static WebApplicationBuilder AddContentCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options =>
        {
            // Addresses are case-sensitive here (/api/v1/AR/pages and /EN/ are 404s): keyed without case, a cached
            // /ar/faq answered /AR/faq with 200 while a cold cache said 404.
            options.UseCaseSensitivePaths = true;
            options.AddBasePolicy(new VaryByEncodingPolicy());
            options.AddBasePolicy(new CacheTagsPolicy());
            options.AddBasePolicy(new IgnoredIfModifiedSincePolicy());
        });
        builder.Services.AddOptions<OutputCacheOptions>().Configure<PublishedContent>((options, content) =>
        {
            options.AddPolicy(ContentCachePolicy.Name, policy => ContentCachePolicy.Build(policy, content, ContentCachePolicy.Lifetime));
            options.AddPolicy(ContentCachePolicy.ApiName, policy => ContentCachePolicy.Build(policy, content, ConditionalGet.MaxAge));
        });
        builder.Services.AddSingleton<CacheEviction>();
        builder.Services.AddSingleton<PageHits>();
        var store = builder.Services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        builder.Services.Remove(store);
        builder.Services.AddSingleton<IOutputCacheStore>(services =>
            new EvictingPageHitsStore((IOutputCacheStore)store.ImplementationFactory!(services), services.GetRequiredService<PageHits>()));

        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/problem+json", "image/svg+xml", "application/manifest+json"]);
        });
        // Chooses br, gzip or nothing exactly as the output cache keys entries (AcceptEncoding).
        builder.Services.AddSingleton<IResponseCompressionProvider, NegotiatedCompressionProvider>();
        // Cached responses are compressed once per content version; gzip's Optimal (level 6) is a
        // few milliseconds on the FAQ page, Fastest gives nearly twice the bytes.
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return builder;
    }

    /// <summary>
    /// Cached public pages answered before routing (<see cref="PageHitMiddleware"/>): called before <c>UseRouting</c>,
    /// so a hit does not pay for it either.
    /// </summary>
    public static WebApplication UsePageHits(this WebApplication app)
    {
        app.UseMiddleware<PageHitMiddleware>();
        return app;
    }

    /// <summary>The output cache, with compression inside it so compressed bytes are what it stores.</summary>
    public static WebApplication UseContentCaching(this WebApplication app)
    {
        // Created now so it listens before the first snapshot loads.
        app.Services.GetRequiredService<CacheEviction>();
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }
}
