using System.Globalization;
using System.Text.RegularExpressions;
using MassarDalil.Content.Data;
using MassarDalil.Content.Media;
using MassarDalil.Content.Published;
using MassarDalil.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace MassarDalil.Web.Media;

/// <summary>
/// <c>/media/{hash}-{width}.webp</c>: the library's variants. The database is the source of truth, so any server
/// answers any image; each keeps the variants it served lately in memory (<see cref="MediaVariantCache"/>, which drops a
/// deleted image's with the snapshot that no longer lists it). An image never changes under its hash, so browsers and
/// CDNs may keep a response for a year without asking again.
/// </summary>
public static partial class MediaFiles
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static WebApplicationBuilder AddMediaFiles(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MediaVariantCache>();
        return builder;
    }

    public static WebApplication MapMediaFiles(this WebApplication app)
    {
        app.MapGet("/media/{file}", ServeAsync).WithName("MediaFile").ExcludeFromDescription().AnswerHead();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ServeAsync(
        string file, HttpContext context, ContentDbContext db, PublishedContent published, MediaVariantCache cache)
    {
        if (FileName().Match(file) is not { Success: true } match)
        {
            return TypedResults.NotFound();
        }
        var (hash, width) = (match.Groups[1].Value, int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture));
        var listed = (await published.GetAsync(context.RequestAborted)).Media;
        var bytes = cache.Find(listed, hash, width);
        if (bytes is null)
        {
            // Not in memory, or not in this server's snapshot yet (an upload on another server a moment ago): the database decides.
            bytes = await MediaLibrary.VariantAsync(db, hash, width, context.RequestAborted);
            if (bytes is null)
            {
                return TypedResults.NotFound();
            }
            cache.Keep(listed, hash, width, bytes);
        }
        context.Response.Headers.CacheControl = CacheControl;
        return TypedResults.Bytes(bytes, "image/webp", entityTag: new EntityTagHeaderValue($"\"{hash}-{width}\""));
    }

    /// <summary>One spelling per variant: a width with a leading zero (<c>-077</c>) would be another address for it.</summary>
    [GeneratedRegex("^([0-9a-f]{16})-([1-9][0-9]{0,4})\\.webp$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
