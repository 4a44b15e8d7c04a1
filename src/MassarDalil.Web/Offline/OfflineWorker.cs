using System.Text;
using System.Text.Json;
using MassarDalil.Content.Published;
using MassarDalil.Web.Caching;
using MassarDalil.Web.Http;
using MassarDalil.Web.PublicSite;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.AspNetCore.StaticAssets.Infrastructure;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Offline;

/// <summary>
/// Reading offline after one visit. <c>/sw.js</c> is the service worker: <c>service-worker.js</c> with the
/// fingerprinted assets pages use in front, so its address and bytes change with a release only. A publish does not
/// replace it: a worker that takes over while the visitor follows a link can leave that navigation waiting for ever
/// (docs/decisions.md "Reading offline"). Each page names its language's copy instead,
/// <c>/offline-copy.json?lang=ar&amp;v=…</c>: the cache to save it in, named by the content version and the build,
/// and the addresses of that language's pages (the sitemap's). The page hands that address to the worker, which
/// saves the copy when it does not hold it yet and then deletes older ones. Both are served from the root, so the
/// worker's scope is the whole site, and no-cache, so browsers see a publish or a release at their next visit.
/// </summary>
internal static class OfflineWorker
{
    public const string Path = "/sw.js";
    public const string CopyPath = "/offline-copy.json";

    private static readonly string Template = ReadTemplate();

    /// <summary>The worker's address; it changes with each release.</summary>
    public static string Url => $"{Path}?v={PublicValidators.Build}";

    /// <summary>The address of the copy a page of <paramref name="language"/> asks the worker to save; it changes with each publish and release.</summary>
    public static string CopyUrlFor(string language, PublishedSnapshot snapshot) => $"{CopyPath}?lang={language}&v={CacheVersion(snapshot)}";

    public static WebApplication MapOfflineWorker(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<PublicSiteOptions>>().Value.StaticExport)
        {
            return app; // a static copy has no worker: see docs/decisions.md "The static export"
        }
        var assets = PageAssets(StaticAssetsEndpointDataSourceHelper.ResolveStaticAssetDescriptors(app, null));
        var worker = $"const OFFLINE = {JsonSerializer.Serialize(new WorkerSettings(assets), JsonSerializerOptions.Web)};\n\n{Template}";
        app.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Text(worker, "text/javascript", Encoding.UTF8);
        }).AnswerHead().ExcludeFromDescription();
        app.MapGet(CopyPath, (string? lang, PublishedContent content, HttpContext context) => GetCopyAsync(lang, content, context))
            .AnswerHead().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> GetCopyAsync(string? lang, PublishedContent content, HttpContext context)
    {
        var snapshot = await content.GetAsync(context.RequestAborted);
        if (lang is null || snapshot.Find(lang) is not { } site || site.Site.Key != lang)
        {
            return Results.NotFound();
        }
        context.Response.Headers.CacheControl = "no-cache";
        // The home first: the worker sends the installed app's start (/) there when offline.
        var pages = Sitemap.Entries(snapshot).Where(e => e.Language == lang).Select(e => e.Path)
            .OrderBy(p => p == PublicUrls.Home(lang) ? 0 : 1).ToList();
        return Results.Json(new CopySettings($"massar-offline-{lang}-{CacheVersion(snapshot)}", pages), JsonSerializerOptions.Web);
    }

    private static string CacheVersion(PublishedSnapshot snapshot) => $"{snapshot.Version}-{PublicValidators.Build}";

    // The fingerprinted addresses of the stylesheet, the public scripts and the favicon: what a page needs to look
    // and work as it does online. Not the manager's files, the social cards or the install icons.
    private static List<string> PageAssets(IEnumerable<StaticAssetDescriptor> descriptors) =>
        descriptors
            .Where(d => d.Selectors.Count == 0 && d.Properties.Any(p => p.Name == "fingerprint"))
            .Where(d => d.AssetPath is "css/site.css" or "favicon.svg"
                || (d.AssetPath.StartsWith("js/", StringComparison.Ordinal) && d.AssetPath.EndsWith(".js", StringComparison.Ordinal) && !d.AssetPath.StartsWith("js/manager", StringComparison.Ordinal)))
            .Select(d => "/" + d.Route)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string ReadTemplate()
    {
        using var stream = typeof(OfflineWorker).Assembly.GetManifestResourceStream("service-worker.js")
            ?? throw new InvalidOperationException("service-worker.js is not embedded in the web assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record WorkerSettings(IReadOnlyList<string> Assets);

    private sealed record CopySettings(string Cache, IReadOnlyList<string> Pages);
}
