using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MassarDalil.Cli.StaticExport;

/// <summary>
/// <c>_headers</c>, read by Netlify and Cloudflare Pages: the security headers the site sends (the pages also carry
/// the policy in a meta element, for hosts that read no such file), and long caching for fingerprinted files.
/// </summary>
internal static class HeadersFile
{
    public const string Name = "_headers";

    /// <summary>
    /// The build's list of the web app's assets (what MapStaticAssets serves), with the caching each gets in
    /// production: forever for fingerprinted names. Read from the list, because a build run with <c>dotnet run</c>
    /// serves every asset uncached, so the responses cannot tell.
    /// </summary>
    private static readonly string EndpointsManifest = Path.Combine(AppContext.BaseDirectory, "MassarDalil.Web.staticwebassets.endpoints.json");

    /// <summary>The exported files the site caches for good, as addresses, with their Cache-Control.</summary>
    public static IReadOnlyDictionary<string, string> ImmutableAssets(IReadOnlyCollection<string> exported)
    {
        if (!File.Exists(EndpointsManifest))
        {
            return new Dictionary<string, string>();
        }
        using var manifest = JsonDocument.Parse(File.ReadAllText(EndpointsManifest));
        var files = exported.ToHashSet(StringComparer.Ordinal);
        var immutable = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in manifest.RootElement.GetProperty("Endpoints").EnumerateArray())
        {
            var route = endpoint.GetProperty("Route").GetString()!;
            var cache = endpoint.GetProperty("ResponseHeaders").EnumerateArray()
                .Where(h => h.GetProperty("Name").GetString() == "Cache-Control").Select(h => h.GetProperty("Value").GetString()).FirstOrDefault();
            if (files.Contains(route) && cache is not null && cache.Contains("immutable", StringComparison.Ordinal))
            {
                immutable["/" + route] = cache;
            }
        }
        return immutable;
    }

    public static string Text(IReadOnlyList<KeyValuePair<string, string>> pageHeaders, IReadOnlyDictionary<string, string> immutable)
    {
        var text = new StringBuilder("/*\n");
        foreach (var (name, value) in pageHeaders)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {name}: {value}\n");
        }
        // The library's images never change under their fingerprinted names, as on the site.
        text.Append(CultureInfo.InvariantCulture, $"/media/*\n  Cache-Control: {MassarDalil.Web.Media.MediaFiles.CacheControl}\n");
        foreach (var (path, cacheControl) in immutable.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{path}\n  Cache-Control: {cacheControl}\n");
        }
        return text.ToString();
    }
}
