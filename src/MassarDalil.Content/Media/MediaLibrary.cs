using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MassarDalil.Content.Media;

/// <summary>
/// The media library: upload (checked and resized by <see cref="ImageProcessor"/>), alt text per site, where each
/// image is used, and deletion of unused ones. Every change is audited and raises the content version, so every
/// server's snapshot (and so every preview and page) knows the image and its alt text at once.
/// </summary>
public sealed class MediaLibrary(
    ContentDbContext db, Publisher publisher, PublishedContent published, IOptions<MediaOptions> options, ImageWork imageWork, TimeProvider time)
{
    /// <summary>Every image without its bytes, for the published snapshot.</summary>
    public static async Task<MediaCatalogue> CatalogueAsync(ContentDbContext db, CancellationToken cancellationToken = default)
    {
        var items = await db.MediaItems.AsNoTracking()
            .Select(m => new { m.Hash, Variants = m.Variants.OrderBy(v => v.Width).Select(v => new { v.Width, v.Height }).ToList(), m.AltTexts })
            .ToListAsync(cancellationToken);
        return new MediaCatalogue(items.Where(m => m.Variants.Count > 0).ToDictionary(m => m.Hash, m => new MediaImage(m.Hash,
            m.Variants.Select(v => (v.Width, v.Height)).ToList(),
            m.AltTexts.ToDictionary(a => a.SiteKey, a => a.Text, StringComparer.Ordinal)), StringComparer.Ordinal));
    }

    /// <summary>The library, newest first, with the pages that show each image.</summary>
    public async Task<IReadOnlyList<MediaSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var usage = await UsageAsync(cancellationToken);
        var items = await db.MediaItems.AsNoTracking().OrderByDescending(m => m.Id)
            .Select(m => new
            {
                m.Hash, m.FileName, m.Width, m.Height, m.UploadedAt, m.UploadedBy, Size = m.Master.Length,
                Thumbnail = m.Variants.OrderBy(v => v.Width).Select(v => v.Width).FirstOrDefault(), m.AltTexts,
            })
            .ToListAsync(cancellationToken);
        return items.Select(m => new MediaSummary(m.Hash, m.FileName, m.Width, m.Height, m.Size, m.UploadedAt, m.UploadedBy,
            MediaImageHtml.Url(m.Hash, m.Thumbnail), m.AltTexts.ToDictionary(a => a.SiteKey, a => a.Text, StringComparer.Ordinal),
            usage.GetValueOrDefault(m.Hash) ?? [])).ToList();
    }

    /// <summary>
    /// Which pages show each image, in their draft or their published version (older revisions do not count: restoring
    /// one that shows a deleted image shows its bracket text instead, and saving it is refused until it is removed).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MediaUse>>> UsageAsync(CancellationToken cancellationToken = default)
    {
        var pages = await db.Pages.AsNoTracking().Include(p => p.PublishedRevision).ToListAsync(cancellationToken);
        var uses = new Dictionary<string, List<MediaUse>>(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => p.Type != PageType.Texts))
        {
            var hashes = MediaReferences.In(page.Draft).Select(r => r.Hash);
            if (page.PublishedRevision is { } revision)
            {
                hashes = hashes.Concat(MediaReferences.In(revision.Content).Select(r => r.Hash));
            }
            foreach (var hash in hashes.Distinct(StringComparer.Ordinal))
            {
                (uses.TryGetValue(hash, out var list) ? list : uses[hash] = []).Add(new MediaUse(page.Id, page.SiteKey, page.Type, page.Slug, page.Draft.Title));
            }
        }
        return uses.ToDictionary(u => u.Key, u => (IReadOnlyList<MediaUse>)u.Value, StringComparer.Ordinal);
    }

    /// <summary>The images an editor may insert, newest first, each with its description in <paramref name="language"/> when it has one.</summary>
    public static async Task<IReadOnlyList<MediaChoice>> ChoicesAsync(ContentDbContext db, string language, CancellationToken cancellationToken = default)
    {
        var items = await db.MediaItems.AsNoTracking().OrderByDescending(m => m.Id)
            .Select(m => new { m.Hash, m.Width, m.Height, Thumbnail = m.Variants.OrderBy(v => v.Width).Select(v => v.Width).FirstOrDefault(), m.AltTexts })
            .ToListAsync(cancellationToken);
        return items.Select(m =>
        {
            var alt = m.AltTexts.FirstOrDefault(a => a.SiteKey == language) ?? m.AltTexts.FirstOrDefault();
            return new MediaChoice(m.Hash, MediaImageHtml.Url(m.Hash, m.Thumbnail), m.Width, m.Height, alt?.Text ?? "", alt?.SiteKey ?? language);
        }).ToList();
    }

    /// <summary>Checks and stores an uploaded image with its alt text for every site; the same image twice is kept once.</summary>
    /// <param name="bytes">The file's bytes; null when no file was chosen (an empty file is another problem).</param>
    public async Task<MediaChange> UploadAsync(byte[]? bytes, string fileName, IReadOnlyDictionary<string, string?> alt, string actor, CancellationToken cancellationToken = default)
    {
        var (texts, problems) = await CheckAltAsync(alt, cancellationToken);
        var (image, fileProblem) = bytes is null ? (null, Problem.For("File", ProblemCode.MediaNoFile))
            : await imageWork.RunAsync(() => ImageProcessor.Process(bytes, options.Value), cancellationToken);
        if (fileProblem is not null)
        {
            problems.Insert(0, fileProblem);
        }
        if (problems.Count > 0)
        {
            return new MediaChange(false, null, problems);
        }
        var hash = MediaHash.Of(image!.Master);
        if (await db.MediaItems.AnyAsync(m => m.Hash == hash, cancellationToken))
        {
            return new MediaChange(true, hash, []) { AlreadyThere = true };
        }
        db.MediaItems.Add(NewItem(hash, Path.GetFileName(fileName), image, texts, actor, time.GetUtcNow()));
        publisher.StageAudit(actor, AuditActions.MediaUpload, hash, $"{image.Width}x{image.Height} {fileName}");
        await publisher.StageContentChangedAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone uploaded the same image between the check and the write: theirs is the one kept.
            db.ChangeTracker.Clear();
            if (!await db.MediaItems.AsNoTracking().AnyAsync(m => m.Hash == hash, cancellationToken))
            {
                throw;
            }
            return new MediaChange(true, hash, []) { AlreadyThere = true };
        }
        await published.RefreshAsync(cancellationToken);
        return new MediaChange(true, hash, []);
    }

    /// <summary>A library row for a checked image (an upload or an import).</summary>
    internal static MediaItem NewItem(string hash, string fileName, ProcessedImage image, IReadOnlyDictionary<string, string> alt, string actor, DateTimeOffset at) =>
        new()
        {
            Hash = hash, FileName = TextCut.ToLength(fileName, 255), ContentType = image.ContentType,
            Width = image.Width, Height = image.Height, Master = image.Master, UploadedAt = at, UploadedBy = actor,
            Variants = [.. image.Variants.Select(v => new MediaVariant { Width = v.Width, Height = v.Height, Bytes = v.Bytes })],
            AltTexts = [.. alt.Select(a => new MediaAlt { SiteKey = a.Key, Text = a.Value })],
        };

    /// <summary>Replaces an image's alt texts; false when there is no such image.</summary>
    public async Task<MediaChange> SetAltAsync(string hash, IReadOnlyDictionary<string, string?> alt, string actor, CancellationToken cancellationToken = default)
    {
        var item = await db.MediaItems.Include(m => m.AltTexts).SingleOrDefaultAsync(m => m.Hash == hash, cancellationToken);
        if (item is null)
        {
            return MediaChange.Missing;
        }
        var (texts, problems) = await CheckAltAsync(alt, cancellationToken);
        if (problems.Count > 0)
        {
            return new MediaChange(false, hash, problems);
        }
        db.RemoveRange(item.AltTexts);
        item.AltTexts = [.. texts.Select(a => new MediaAlt { SiteKey = a.Key, Text = a.Value })];
        publisher.StageAudit(actor, AuditActions.MediaAlt, hash);
        await publisher.StageContentChangedAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await published.RefreshAsync(cancellationToken);
        return new MediaChange(true, hash, []);
    }

    /// <summary>Deletes an image no page shows; one in use is refused.</summary>
    public async Task<MediaChange> DeleteAsync(string hash, string actor, CancellationToken cancellationToken = default)
    {
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Hash == hash, cancellationToken);
        if (item is null)
        {
            return MediaChange.Missing;
        }
        if ((await UsageAsync(cancellationToken)).ContainsKey(hash))
        {
            return new MediaChange(false, hash, [Problem.For("", ProblemCode.MediaInUse)]);
        }
        db.MediaItems.Remove(item);
        publisher.StageAudit(actor, AuditActions.MediaDelete, hash, item.FileName);
        await publisher.StageContentChangedAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await published.RefreshAsync(cancellationToken);
        return new MediaChange(true, hash, []);
    }

    /// <summary>A problem for each <c>media:</c> reference of the page that names no image of the library, at its field.</summary>
    public static async Task<IReadOnlyList<Problem>> UnknownReferencesAsync(ContentDbContext db, PageContent content, CancellationToken cancellationToken = default)
    {
        var references = MediaReferences.In(content).ToList();
        if (references.Count == 0)
        {
            return [];
        }
        var hashes = references.Select(r => r.Hash).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.MediaItems.AsNoTracking().Where(m => hashes.Contains(m.Hash)).Select(m => m.Hash).ToListAsync(cancellationToken);
        return MediaReferences.Unknown(references, known.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>A variant's WebP bytes, or null when there is no such image or width.</summary>
    public static Task<byte[]?> VariantAsync(ContentDbContext db, string hash, int width, CancellationToken cancellationToken = default) =>
        db.MediaVariants.AsNoTracking().Where(v => v.Width == width && db.MediaItems.Any(m => m.Id == v.MediaItemId && m.Hash == hash))
            .Select(v => v.Bytes).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The alt text of every site, trimmed: each required, one line, at most <see cref="MediaOptions.AltMax"/> characters.</summary>
    private async Task<(Dictionary<string, string> Texts, List<Problem> Problems)> CheckAltAsync(IReadOnlyDictionary<string, string?> alt, CancellationToken cancellationToken)
    {
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Key).ToListAsync(cancellationToken);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        foreach (var site in sites)
        {
            var text = (alt.GetValueOrDefault(site) ?? "").Trim();
            var field = $"Alt[{site}]";
            if (text.Length == 0)
            {
                problems.Add(Problem.For(field, ProblemCode.Required));
            }
            else if (text.Length > MediaOptions.AltMax)
            {
                problems.Add(Problem.For(field, ProblemCode.TooLong, Problem.Number(MediaOptions.AltMax)));
            }
            else if (text.Any(char.IsControl))
            {
                problems.Add(Problem.For(field, ProblemCode.NotOneLine));
            }
            texts[site] = text;
        }
        return (texts, problems);
    }
}

public sealed record MediaSummary(
    string Hash, string FileName, int Width, int Height, int Size, DateTimeOffset UploadedAt, string UploadedBy,
    string ThumbnailUrl, IReadOnlyDictionary<string, string> Alt, IReadOnlyList<MediaUse> UsedBy);

/// <summary>An image in the editors' picker: its description in the page's language (<see cref="AltLanguage"/>).</summary>
public sealed record MediaChoice(string Hash, string ThumbnailUrl, int Width, int Height, string Alt, string AltLanguage);

/// <summary>A page that shows an image (in its draft or its published version).</summary>
public sealed record MediaUse(int PageId, string SiteKey, string Type, string Slug, string Title);

public sealed record MediaChange(bool Saved, string? Hash, IReadOnlyList<Problem> Problems)
{
    public static MediaChange Missing { get; } = new(false, null, []) { NotFound = true };

    public bool NotFound { get; init; }

    /// <summary>The same image was in the library already: nothing new was stored.</summary>
    public bool AlreadyThere { get; init; }
}
