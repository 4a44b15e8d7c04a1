using System.Text.RegularExpressions;
using MassarDalil.Content.Data;
using MassarDalil.Content.Media;
using MassarDalil.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Media;

/// <summary>
/// <c>/media/{hash}-{width}.webp</c>: the library's variants. The database is the source of truth, so any server
/// answers any image; each keeps the variants it served lately in a memory cache of bounded size. An image never changes
/// under its hash, so browsers and CDNs may keep a response for a year without asking again.
/// </summary>
public static partial class MediaFiles
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    /// <summary>The most bytes of variants one server keeps in memory.</summary>
    private const long CacheBytes = 64L * 1024 * 1024;

    public static WebApplicationBuilder AddMediaFiles(this WebApplicationBuilder builder)
    {
        builder.Services.AddKeyedSingleton<IMemoryCache>(nameof(MediaFiles), (_, _) => new MemoryCache(new MemoryCacheOptions { SizeLimit = CacheBytes }));
        return builder;
    }

    public static WebApplication MapMediaFiles(this WebApplication app)
    {
        app.MapGet("/media/{file}", ServeAsync).WithName("MediaFile").ExcludeFromDescription().AnswerHead();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ServeAsync(
        string file, HttpContext context, ContentDbContext db, [FromKeyedServices(nameof(MediaFiles))] IMemoryCache cache)
    {
        if (FileName().Match(file) is not { Success: true } match || !int.TryParse(match.Groups[2].ValueSpan, out var width))
        {
            return TypedResults.NotFound();
        }
        var hash = match.Groups[1].Value;
        var key = (hash, width);
        if (!cache.TryGetValue(key, out byte[]? bytes))
        {
            bytes = await MediaLibrary.VariantAsync(db, hash, width, context.RequestAborted);
            if (bytes is null)
            {
                return TypedResults.NotFound();
            }
            // Deleted images leave other servers' caches within the hour; no page names them by then.
            cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        }
        context.Response.Headers.CacheControl = CacheControl;
        return TypedResults.Bytes(bytes!, "image/webp", entityTag: new EntityTagHeaderValue($"\"{hash}-{width}\""));
    }

    /// <summary>One spelling per variant: a width with a leading zero (<c>-077</c>) would be another address for it.</summary>
    [GeneratedRegex("^([0-9a-f]{16})-([1-9][0-9]{0,4})\\.webp$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
