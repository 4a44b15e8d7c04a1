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
/// <c>/sw.js?lang=ar</c>: the service worker that keeps one language's pages readable offline after one visit. It is
/// <c>service-worker.js</c> with its settings in front: the name of its cache, made of the content version and the
/// build (so a publish or a new release gives a new worker, whose install saves the new pages and whose activation
/// deletes the old copy), the addresses of that language's pages (the sitemap's) and the fingerprinted assets pages
/// use. Served from the root so its scope is the whole site; no-cache, so browsers see a publish at their next visit.
/// </summary>
internal static class OfflineWorker
{
    public const string Path = "/sw.js";

    private static readonly string Template = ReadTemplate();

    /// <summary>The address a page of <paramref name="language"/> registers; it changes with each publish and build.</summary>
    public static string UrlFor(string language, PublishedSnapshot snapshot) => $"{Path}?lang={language}&v={CacheVersion(snapshot)}";

    public static WebApplication MapOfflineWorker(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<PublicSiteOptions>>().Value.StaticExport)
        {
            return app; // a static copy has no worker: see docs/decisions.md "The static export"
        }
        var assets = PageAssets(StaticAssetsEndpointDataSourceHelper.ResolveStaticAssetDescriptors(app, null));
        app.MapGet(Path, (string? lang, PublishedContent content, HttpContext context) => GetAsync(lang, assets, content, context))
            .AnswerHead().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> GetAsync(string? lang, IReadOnlyList<string> assets, PublishedContent content, HttpContext context)
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
        var settings = JsonSerializer.Serialize(new WorkerSettings($"massar-offline-{lang}-{CacheVersion(snapshot)}", pages, assets), JsonSerializerOptions.Web);
        return Results.Text($"const OFFLINE = {settings};\n\n{Template}", "text/javascript", Encoding.UTF8);
    }

    private static string CacheVersion(PublishedSnapshot snapshot) => $"{snapshot.Version}-{PublicValidators.Build}";

    // The fingerprinted addresses of the stylesheet, the public scripts and the favicon: what a page needs to look
    // and work as it does online. Not the manager's files, the social cards or the install icons.
    private static List<string> PageAssets(IEnumerable<StaticAssetDescriptor> descriptors) =>
        descriptors
            .Where(d => d.Selectors.Count == 0 && d.Properties.Any(p => p.Name == "fingerprint"))
            .Where(d => d.AssetPath is "css/site.css" or "favicon.svg"
                || (d.AssetPath.StartsWith("js/", StringComparison.Ordinal) && d.AssetPath.EndsWith(".js", StringComparison.Ordinal) && d.AssetPath != "js/manager.js"))
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

    private sealed record WorkerSettings(string Cache, IReadOnlyList<string> Pages, IReadOnlyList<string> Assets);
}
