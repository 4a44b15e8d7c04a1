using System.Text;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
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

        var pages = await db.Pages.Include(p => p.PublishedRevision).AsNoTracking().ToListAsync(cancellationToken);
        var written = 0;
        foreach (var page in pages.Where(p => p.PublishedRevision is not null))
        {
            var path = Path.Combine(folder, page.SiteKey, FileName(page));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = SeedWriter.Page(page.Type, page.TranslationKey, page.PublishedRevision!.Slug, page.SortOrder, page.PublishedRevision.Content);
            await File.WriteAllTextAsync(path, text, utf8, cancellationToken);
            written++;
        }
        return (written, pages.Count - written);
    }

    private static string FileName(Page page) => page.Type switch
    {
        PageType.Home => "home.md",
        PageType.Faq => $"{page.Slug}.md",
        _ => Path.Combine($"{page.Type}s", $"{page.Slug}.md"),
    };
}
