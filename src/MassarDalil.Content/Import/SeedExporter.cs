using System.Text;
using MassarDalil.Content.Data;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Redirects;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Import;

/// <summary>
/// Writes the published content back as a seed folder. Pages that were never published are
/// skipped (and counted) because the seed format has no notion of a draft.
/// </summary>
public sealed class SeedExporter(ContentDbContext db)
{
    public async Task<(int Written, int Skipped)> ExportAsync(string folder, CancellationToken cancellationToken = default)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Directory.CreateDirectory(folder);
        var sites = await db.Sites.OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, SitesFileParser.FileName), SeedWriter.Sites(sites), utf8, cancellationToken);

        var groups = await db.SynonymGroups.AsNoTracking().OrderBy(g => g.Id).Select(g => g.Terms).ToListAsync(cancellationToken);
        if (groups.Count > 0)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, LexiconFileParser.FileName), LexiconFileParser.Write(groups), utf8, cancellationToken);
        }

        // The trash is not exported: a folder that read it back would publish those pages again.
        var pages = await db.Pages.Include(p => p.PublishedRevision).AsNoTracking().Where(p => p.TrashedAt == null).ToListAsync(cancellationToken);
        var written = 0;
        // A revision whose stored content cannot be read has no text to write: skipped like an unpublished page.
        foreach (var page in pages.Where(p => p.PublishedRevision is { Content.UnreadableJson: null }))
        {
            if (page.Type == PageType.Texts)
            {
                Directory.CreateDirectory(Path.Combine(folder, page.SiteKey));
                await File.WriteAllTextAsync(Path.Combine(folder, page.SiteKey, SiteTextsFile.FileName),
                    SiteTextsFile.Write(page.PublishedRevision!.Content.Texts), utf8, cancellationToken);
                continue; // a site's words, not one of its pages: not counted as one
            }
            if (page.Type == PageType.Navigation)
            {
                Directory.CreateDirectory(Path.Combine(folder, page.SiteKey));
                await File.WriteAllTextAsync(Path.Combine(folder, page.SiteKey, NavigationFile.FileName),
                    NavigationFile.Write(NavigationFile.Read(page.PublishedRevision!.Content.Body)), utf8, cancellationToken);
                continue;
            }
            var path = Path.Combine(folder, page.SiteKey, FileName(page));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = SeedWriter.Page(page.Type, page.TranslationKey, page.PublishedRevision!.Slug, page.SortOrder, page.PublishedRevision.Content);
            await File.WriteAllTextAsync(path, text, utf8, cancellationToken);
            written++;
        }
        // Editors' redirects only (those left by renames belong to this database's history of slugs), and only to a page
        // the export writes, so the folder reads back; a redirect to the home page has no slug to write and stays behind.
        var exported = pages.Where(p => p.PublishedRevision is not null && p.Type != PageType.Home)
            .Select(p => (p.SiteKey, p.PublishedRevision!.Slug)).ToHashSet();
        var redirects = await db.Redirects.AsNoTracking().Where(r => r.Kind == RedirectKinds.Manual).ToListAsync(cancellationToken);
        foreach (var site in redirects.Where(r => exported.Contains((r.SiteKey, r.ToSlug))).GroupBy(r => r.SiteKey))
        {
            Directory.CreateDirectory(Path.Combine(folder, site.Key));
            await File.WriteAllTextAsync(Path.Combine(folder, site.Key, RedirectsFile.FileName), RedirectsFile.Write(site), utf8, cancellationToken);
        }
        await ExportMediaAsync(folder, utf8, cancellationToken);
        return (written, pages.Count(p => !PageType.IsSiteWide(p.Type)) - written);
    }

    /// <summary>Every image of the library (a page may show it after a later publish), one at a time: each master is up to a few MB.</summary>
    private async Task ExportMediaAsync(string folder, Encoding utf8, CancellationToken cancellationToken)
    {
        var images = await db.MediaItems.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.Hash, m.ContentType, m.AltTexts }).ToListAsync(cancellationToken);
        if (images.Count == 0)
        {
            return;
        }
        var mediaFolder = Path.Combine(folder, MediaFolder.Folder);
        Directory.CreateDirectory(mediaFolder);
        foreach (var image in images)
        {
            var master = await db.MediaItems.AsNoTracking().Where(m => m.Id == image.Id).Select(m => m.Master).SingleAsync(cancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(mediaFolder, image.Hash + MediaFolder.Extension(image.ContentType)), master, cancellationToken);
        }
        await File.WriteAllTextAsync(Path.Combine(mediaFolder, MediaFolder.FileName),
            MediaFolder.Write(images.Select(i => (i.Hash, (IReadOnlyDictionary<string, string>)i.AltTexts.ToDictionary(a => a.SiteKey, a => a.Text)))), utf8, cancellationToken);
    }

    private static string FileName(Page page) => page.Type switch
    {
        PageType.Home => "home.md",
        PageType.Faq => $"{page.Slug}.md",
        _ => Path.Combine($"{page.Type}s", $"{page.Slug}.md"),
    };
}
