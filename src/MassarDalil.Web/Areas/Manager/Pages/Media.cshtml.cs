using MassarDalil.Content.Data;
using MassarDalil.Content.Media;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Sites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>
/// The media library: upload an image with its description in every language, change the descriptions, see which pages
/// show each image, and delete one no page shows. Editors and administrators alike: a deletion can only remove an image
/// nothing uses, so it cannot break a page.
/// </summary>
[MediaUploadLimit]
public sealed class MediaModel(ContentDbContext db, MediaLibrary library, IOptions<MediaOptions> options) : ManagerPageModel
{
    public IReadOnlyList<Site> Sites { get; private set; } = [];
    public IReadOnlyList<MediaSummary> Items { get; private set; } = [];
    public int Total { get; private set; }
    public bool UnusedOnly { get; private set; }
    public ProblemList Problems { get; private set; } = null!;

    /// <summary>The image whose descriptions were refused, shown open with the editor's text.</summary>
    public string? EditingHash { get; private set; }

    public string MaxMegabytes => ImageProcessor.Megabytes(options.Value.MaxUploadBytes);

    [BindProperty]
    public MediaInput Input { get; set; } = new();

    /// <param name="refused">"too-big": an upload too large to read was turned away here (<see cref="MediaUploadLimitAttribute"/>).</param>
    public async Task<IActionResult> OnGetAsync(string? show, string? refused)
    {
        await LoadAsync(show);
        if (refused == "too-big")
        {
            Problems = ProblemList.Of(T, ProblemWords, [TooBig()], FieldLabel);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync()
    {
        var file = Input.File;
        MediaChange result;
        if (file is not null && file.Length > options.Value.MaxUploadBytes)
        {
            // Not read at all: the limit is the point.
            result = new MediaChange(false, null, [TooBig()]);
        }
        else
        {
            // No file: the input was left empty (model binding drops a part with no name and no bytes).
            var bytes = file is null ? null : await ReadAsync(file);
            result = await library.UploadAsync(bytes, file?.FileName ?? "", Input.Alt, Actor, HttpContext.RequestAborted);
        }
        if (result.Saved)
        {
            return RedirectWithFlash($"/manager/media#media-{result.Hash}", result.AlreadyThere ? "This image was already in the library." : "The image has been uploaded.");
        }
        return await RefusedAsync(result.Problems, null);
    }

    public async Task<IActionResult> OnPostAltAsync(string hash)
    {
        var result = await library.SetAltAsync(hash, Input.Alt, Actor, HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }
        return result.Saved
            ? RedirectWithFlash($"/manager/media#media-{hash}", "The descriptions have been saved.")
            : await RefusedAsync(result.Problems, hash);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string hash)
    {
        var result = await library.DeleteAsync(hash, Actor, HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }
        return result.Saved
            ? RedirectWithFlash("/manager/media", "The image has been deleted.")
            : await RefusedAsync(result.Problems, hash);
    }

    private Problem TooBig() => Problem.For("File", ProblemCode.MediaTooBig, MaxMegabytes);

    private async Task<IActionResult> RefusedAsync(IReadOnlyList<Problem> problems, string? hash)
    {
        await LoadAsync(null);
        EditingHash = hash;
        Problems = ProblemList.Of(T, ProblemWords, problems, FieldLabel);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private string FieldLabel(string field) =>
        field.StartsWith("Alt[", StringComparison.Ordinal) ? T.Format("Description ({0})", T.SiteName(field[4..^1])) : T["Image file"];

    private static async Task<byte[]> ReadAsync(IFormFile file)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private async Task LoadAsync(string? show)
    {
        PageTitle = T["Media"];
        Problems = ProblemList.None(T);
        UnusedOnly = show == "unused";
        Sites = await db.Sites.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(HttpContext.RequestAborted);
        var all = await library.ListAsync(HttpContext.RequestAborted);
        Total = all.Count;
        Items = UnusedOnly ? all.Where(m => m.UsedBy.Count == 0).ToList() : all;
    }
}

public sealed class MediaInput
{
    public IFormFile? File { get; set; }

    /// <summary>The description per site key.</summary>
    public Dictionary<string, string?> Alt { get; set; } = [];
}
