using System.Net;
using MassarDalil.Web.Security;

namespace MassarDalil.Cli.StaticExport;

/// <summary>One address that was linked but is not a page (not found, or refused), the page that links to it, and its status.</summary>
internal sealed record BrokenLink(string Path, string LinkedFrom, int Status)
{
    public override string ToString() => Status == (int)HttpStatusCode.NotFound
        ? $"{Path} (linked from {LinkedFrom}) was not found, so it is not in the export"
        : $"{Path} (linked from {LinkedFrom}) answered {Status}, not a page, so it is not in the export";
}

/// <summary>
/// Fetches addresses from the in-process site and writes each as a file under a folder, following every
/// link to the site's own addresses until there are none left. The site is the judge of what exists: an
/// address it answers 404, or any other refusal (a 4xx) to an address a page links to, is reported, not written.
/// </summary>
internal sealed class SiteCrawler(HttpClient client, string folder, string baseUrl, ExportProgress progress)
{
    private readonly Queue<string> _queue = new();
    private readonly Dictionary<string, string> _linkedFrom = new(StringComparer.Ordinal);
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _redirects = new(StringComparer.Ordinal);
    private readonly List<BrokenLink> _broken = [];
    private int _done;

    /// <summary>Files written, relative to the folder with / separators.</summary>
    public IReadOnlyCollection<string> Files => _files;

    /// <summary>The files that are redirecting pages, such as the root's index.html.</summary>
    public IReadOnlyCollection<string> Redirects => _redirects;

    public IReadOnlyList<BrokenLink> Broken => _broken;

    /// <summary>The security headers the site sends with its pages, for the export's _headers file.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> PageHeaders { get; private set; } = [];

    /// <summary>Adds an address to fetch (once, however often it is added).</summary>
    public void Add(string path, string linkedFrom = "")
    {
        if (_linkedFrom.TryAdd(path, linkedFrom))
        {
            _queue.Enqueue(path);
        }
    }

    /// <summary>Fetches everything added and everything it links to.</summary>
    /// <param name="redirectPage">The page standing in for a redirect to an address.</param>
    public async Task CrawlAsync(Func<string, string> redirectPage, CancellationToken cancellationToken)
    {
        while (_queue.TryDequeue(out var path))
        {
            progress.Report(_done, _linkedFrom.Count, path);
            await FetchAsync(path, redirectPage, cancellationToken);
            _done++;
        }
        progress.Report(_done, _linkedFrom.Count, "");
    }

    /// <summary>Writes the site's not-found page for <paramref name="missingPath"/> as <paramref name="file"/>.</summary>
    public async Task WriteNotFoundPageAsync(string missingPath, string file, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(missingPath, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound || !IsHtml(response))
        {
            throw new InvalidOperationException($"{missingPath} should have answered with the not-found page, but answered {(int)response.StatusCode}");
        }
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        await WriteAsync(file, bytes, cancellationToken);
        FollowLinks(bytes, missingPath);
    }

    private async Task FetchAsync(string path, Func<string, string> redirectPage, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400 && response.Headers.Location is { } location &&
            ExportLayout.LocalPath(location.OriginalString, baseUrl) is { } target)
        {
            // A static host cannot redirect by itself: a small page does it (and links there for those it cannot).
            var stub = ExportLayout.FileFor(path, isHtml: true);
            var html = System.Text.Encoding.UTF8.GetBytes(redirectPage(target));
            await WriteAsync(stub, html, cancellationToken);
            _redirects.Add(stub);
            Add(target, path);
            FollowLinks(html, path); // its script and icon
            return;
        }
        // A published link may name an address that answers without being a page (results-as-you-type answers 400
        // without its query, which the export drops): that link is left out, not the whole export. The addresses the
        // export starts from, and a server error anywhere, still stop it.
        if (response.StatusCode == HttpStatusCode.NotFound || (status is >= 400 and < 500 && _linkedFrom[path].Length > 0))
        {
            _broken.Add(new BrokenLink(path, _linkedFrom[path], status));
            return;
        }
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {status}" + (_linkedFrom[path] is { Length: > 0 } from ? $" (linked from {from})" : ""));
        }
        var isHtml = IsHtml(response);
        var file = ExportLayout.FileFor(path, isHtml);
        if (_files.Contains(file))
        {
            return; // the same page under another spelling, such as /ar/faq/ for /ar/faq
        }
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        await WriteAsync(file, bytes, cancellationToken);
        if (isHtml && PageHeaders.Count == 0)
        {
            PageHeaders = SecurityHeaders.Names.Select(name => response.Headers.TryGetValues(name, out var values)
                ? new KeyValuePair<string, string>(name, string.Join(", ", values)) : default)
                .Where(h => h.Key is not null).ToList();
        }
        if (IsText(response))
        {
            FollowLinks(bytes, path);
        }
    }

    private void FollowLinks(byte[] bytes, string from)
    {
        foreach (var link in ExportLayout.Links(System.Text.Encoding.UTF8.GetString(bytes), baseUrl))
        {
            Add(link, from);
        }
    }

    private async Task WriteAsync(string file, byte[] bytes, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(Path.Combine(folder, file));
        // An address with .. or an encoded separator must never write outside the export.
        if (!full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write {file} outside the export");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, bytes, cancellationToken);
        _files.Add(file);
    }

    private static bool IsHtml(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType == "text/html";

    private static bool IsText(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is { } type &&
        (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal) || type.Contains("xml", StringComparison.Ordinal));
}
