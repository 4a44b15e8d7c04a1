using MassarDalil.Content.Search;
using MassarDalil.Web.Areas.Manager.Insights;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages.Synonyms;

/// <summary>
/// Spellings search treats as the same word (masar, massar, مسار). Editors and administrators add,
/// change and delete groups; the service audits each change and search re-indexes in the background.
/// </summary>
public sealed class IndexModel(SynonymService synonyms) : ManagerPageModel
{
    public IReadOnlyList<SynonymGroupView> Groups { get; private set; } = [];

    /// <summary>What the editor typed for a new group: kept when it is refused.</summary>
    [BindProperty]
    public string Terms { get; set; } = "";

    public string? Problem { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await synonyms.CreateAsync(SynonymService.ParseTerms(Terms), Actor, HttpContext.RequestAborted);
        if (result.Saved)
        {
            return RedirectWithFlash("/manager/synonyms", "The group has been added. Search uses it within a few seconds.");
        }
        Problem = SynonymMessages.For(T, result.Problem!.Value);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id) =>
        await synonyms.DeleteAsync(id, Actor, HttpContext.RequestAborted)
            ? RedirectWithFlash("/manager/synonyms", "The group has been deleted.")
            : NotFound();

    private async Task LoadAsync()
    {
        PageTitle = T["Search synonyms"];
        Groups = await synonyms.ListAsync(HttpContext.RequestAborted);
    }
}
