using Microsoft.AspNetCore.StaticAssets;
using Microsoft.AspNetCore.StaticAssets.Infrastructure;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// The stylesheet, scripts and icons are served from the build's manifest (<c>MapStaticAssets</c>), which
/// names files under the web root. A build folder (<c>dotnet run -c Release</c>, or <c>bin/</c> copied to a
/// server) has the manifest but no <c>wwwroot</c>: outside Development the framework then answered every
/// asset with 200 and an empty body, so the site ran unstyled with nothing in the log but a debug-sounding
/// warning. Here each asset whose file is missing answers 404, and the start says so as an error.
/// </summary>
internal static partial class StaticAssetFiles
{
    public static StaticAssetsEndpointConventionBuilder RequireFiles(this StaticAssetsEndpointConventionBuilder assets, WebApplication app)
    {
        var webRoot = app.Environment.WebRootFileProvider;
        var descriptors = StaticAssetsEndpointDataSourceHelper.ResolveStaticAssetDescriptors(app, null);
        var missing = descriptors.Where(d => !webRoot.GetFileInfo(d.AssetPath).Exists).ToList();
        if (missing.Count == 0)
        {
            return assets;
        }
        var files = missing.Select(d => d.AssetPath).Distinct(StringComparer.Ordinal).ToList();
        AssetsMissing(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaticAssetFiles).FullName!),
            files.Count, app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), files[0]);

        var missingRoutes = missing.Select(d => d.Route).ToHashSet(StringComparer.Ordinal);
        assets.Add(endpoint =>
        {
            var route = endpoint.Metadata.OfType<StaticAssetDescriptor>().LastOrDefault()?.Route ?? (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText;
            if (route is not null && missingRoutes.Contains(route.TrimStart('/')))
            {
                endpoint.RequestDelegate = NotFound;
            }
        });
        return assets;
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} static files the build lists are not in the web root {WebRoot} (the first: {First}); " +
        "they will answer 404 and pages will show unstyled. Run the output of `dotnet publish` (docs/operations.md), not a build folder.")]
    private static partial void AssetsMissing(ILogger logger, int count, string webRoot, string first);
}
