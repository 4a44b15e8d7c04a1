using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>Every published version of a page, newest first, with who published it and when.</summary>
public sealed class RevisionsModel(ContentDbContext db) : ManagerPageModel
{
    public Page Edited { get; private set; } = null!;
    public IReadOnlyList<RevisionRow> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id) is not { } found)
        {
            return NotFound();
        }
        Edited = found;
        PageTitle = TitleFor(T["Revisions"], found);
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.PageId == id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Id, r.Number, r.Author, r.CreatedAt)).ToListAsync();
        return Page();
    }
}

public sealed record RevisionRow(int Id, int Number, string Author, DateTimeOffset CreatedAt);
