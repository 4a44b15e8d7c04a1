using System.Diagnostics;
using MassarDalil.Cli.Commands;
using MassarDalil.Content.Published;
using MassarDalil.Web.PublicSite;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Cli.StaticExport;

/// <summary>
/// <c>export-static &lt;folder&gt;</c>: the whole public site as files any static host or CDN can serve, written
/// through <see cref="ExportFolder"/>, so the target is never half an export.
/// </summary>
internal static class StaticExportCommand
{
    /// <summary>An address for the not-found pages; were a page ever to have it, the export would stop and say so.</summary>
    private const string MissingPage = "massar-static-export-404";

    private static readonly ExportFolder Folder = new("export-static", ExportLayout.MarkerFile);

    public static async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter errors)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (BaseUrl(configuration) is not { } baseUrl)
        {
            await errors.WriteLineAsync("""
                export-static refused: the export needs the site's public address for its canonical links, hreflang and sitemap.
                Add --PublicSite:BaseUrl=https://dalil.example.ma (or set PublicSite__BaseUrl), with no path.
                """);
            return CommandLine.Refused;
        }
        var target = ExportFolder.Target(arguments.Path);
        if (Folder.Refusal(target, arguments.Force) is { } refusal)
        {
            await errors.WriteLineAsync(refusal);
            return CommandLine.Refused;
        }

        var clock = Stopwatch.StartNew();
        // Ctrl+C stops the crawl and still removes the unfinished folder, instead of ending the process there.
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        var progress = new ExportProgress(output, interactive: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        try
        {
            var crawler = await ExportFolder.BuildAsync(target, async building =>
            {
                var crawled = await CrawlAsync(configuration, building, baseUrl, progress, stop.Token);
                progress.Finish();
                return crawled;
            });
            var summary = ExportSummary.Of(crawler, target, clock.Elapsed);
            await output.WriteAsync(summary.ToString());
            foreach (var broken in crawler.Broken)
            {
                await output.WriteLineAsync($"warning: {broken}");
            }
            return CommandLine.Ok;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            progress.Finish();
            await errors.WriteLineAsync("export-static stopped, nothing was changed");
            return CommandLine.Refused;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<SiteCrawler> CrawlAsync(IConfiguration configuration, string folder, string baseUrl, ExportProgress progress, CancellationToken cancellationToken)
    {
        await using var site = new ExportHost(configuration);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var snapshot = await site.Services.GetRequiredService<PublishedContent>().GetAsync(cancellationToken);
        if (snapshot.Sites.Count == 0)
        {
            throw new InvalidOperationException("there is no published site to export");
        }
        var crawler = new SiteCrawler(client, folder, baseUrl, progress);
        string redirectPage(string target) => RedirectPage.Html(target, snapshot);
        foreach (var path in new[] { "/", "/sitemap.xml", "/robots.txt", "/manifest.webmanifest", "/favicon.svg" })
        {
            crawler.Add(path);
        }
        foreach (var language in snapshot.Sites.Select(s => s.Site.Key))
        {
            // Every page is in the sitemap; the search page and the tools are reached from these by links.
            crawler.Add($"/{language}/");
            crawler.Add($"/{language}/search");
        }
        await crawler.CrawlAsync(redirectPage, cancellationToken);

        // 404.html at the root (the default language, whose language switch leads to the others), and one per
        // language for hosts that look for the nearest 404.html (Cloudflare Pages) or are told to (nginx).
        await crawler.WriteNotFoundPageAsync($"/{MissingPage}", ExportLayout.NotFoundFile, cancellationToken);
        foreach (var language in snapshot.Sites.Select(s => s.Site.Key))
        {
            await crawler.WriteNotFoundPageAsync($"/{language}/{MissingPage}", $"{language}/{ExportLayout.NotFoundFile}", cancellationToken);
        }
        await crawler.CrawlAsync(redirectPage, cancellationToken);

        await File.WriteAllTextAsync(Path.Combine(folder, HeadersFile.Name),
            HeadersFile.Text(crawler.PageHeaders, HeadersFile.ImmutableAssets(crawler.Files)), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, ExportLayout.MarkerFile),
            $"Massar Dalil static export of {baseUrl}, content version {snapshot.Version}. export-static may replace this folder.\n", cancellationToken);
        return crawler;
    }

    /// <summary>The configured public address without a trailing slash, or null when unset or not an http(s) origin.</summary>
    private static string? BaseUrl(IConfiguration configuration) =>
        configuration["PublicSite:BaseUrl"] is { Length: > 0 } configured && PublicSiteOptions.IsOrigin(configured)
            ? configured.TrimEnd('/')
            : null;
}
