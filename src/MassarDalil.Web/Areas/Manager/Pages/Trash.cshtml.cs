using MassarDalil.Content.Trash;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>
/// Guides moved to the trash, of every site: editors move a guide here from its editor (choosing what its address
/// does) and restore it; only Admins delete one for good.
/// </summary>
public sealed class TrashModel(PageTrash trash) : ManagerPageModel
{
    public const string Path = "/manager/trash";

    public IReadOnlyList<TrashedPage> Pages { get; private set; } = [];

    public async Task OnGetAsync()
    {
        PageTitle = T["Trash"];
        Pages = await trash.ListAsync(HttpContext.RequestAborted);
    }

    /// <param name="redirectTo">A live page of the same site its address should lead to; none (0) for 410 Gone.</param>
    public async Task<IActionResult> OnPostMoveAsync(int id, int redirectTo)
    {
        var status = await trash.TrashAsync(id, redirectTo > 0 ? redirectTo : null, Actor, HttpContext.RequestAborted);
        return status switch
        {
            TrashStatus.Trashed => RedirectWithFlash(Path, "Moved to the trash. Visitors no longer see this guide."),
            TrashStatus.NotFound => NotFound(),
            TrashStatus.UnknownTarget => RedirectWithFlash($"/manager/page/{id}", "Not moved: the page to redirect to is not a published page of this site."),
            _ => RedirectWithFlash($"/manager/page/{id}", "Only a guide can be moved to the trash."),
        };
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id) =>
        await trash.RestoreAsync(id, Actor, HttpContext.RequestAborted)
            ? RedirectWithFlash($"/manager/page/{id}", "Restored: the guide is back as it was, at its own address.")
            : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }
        return await trash.DeleteAsync(id, Actor, HttpContext.RequestAborted)
            ? RedirectWithFlash(Path, "Deleted for good.")
            : NotFound();
    }
}
