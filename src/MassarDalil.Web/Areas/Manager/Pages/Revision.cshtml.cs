using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Sites;
using MassarDalil.Web.Areas.Manager.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>One revision against the current draft, question by question, and the button to restore it.</summary>
public sealed class RevisionModel(ContentDbContext db, PageEditor editor) : ManagerPageModel
{
    public Page Edited { get; private set; } = null!;
    public PageRevision Revision { get; private set; } = null!;
    public DiffView Diff { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int number) => await LoadAsync(id, number) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int number)
    {
        if (!await LoadAsync(id, number))
        {
            return NotFound();
        }
        var page = await editor.RestoreAsync(Revision.Id, Actor);
        return page is null ? NotFound() : RedirectWithFlash(ManagerLinks.Edit(page.Id, page.Type),
            "The revision is now the draft. Visitors see it once you publish.");
    }

    private async Task<bool> LoadAsync(int id, int number)
    {
        var revision = await db.Revisions.AsNoTracking().Include(r => r.Page).SingleOrDefaultAsync(r => r.PageId == id && r.Number == number);
        if (revision?.Page is not { } page)
        {
            return false;
        }
        (Edited, Revision) = (page, revision);
        var direction = await db.Sites.Where(s => s.Key == page.SiteKey).Select(s => s.Direction).SingleAsync();
        Diff = new DiffView(T, RevisionDiff.Compare(revision.Content, page.Draft), revision.Content, page.Draft,
            T.Format("Revision {0}", revision.Number), T["Current draft"], page.SiteKey, direction.Name());
        PageTitle = TitleFor(T.Format("Revision {0}", revision.Number), page);
        return true;
    }
}
