using MassarDalil.Content.Search;
using MassarDalil.Web.Areas.Manager.Insights;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages.Synonyms;

/// <summary>One synonym group's spellings, changed as one text.</summary>
public sealed class EditModel(SynonymService synonyms) : ManagerPageModel
{
    public int Id { get; private set; }

    [BindProperty]
    public string Terms { get; set; } = "";

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await synonyms.FindAsync(id, HttpContext.RequestAborted) is not { } group)
        {
            return NotFound();
        }
        (Id, PageTitle) = (id, T.Format("Edit group {0}", id));
        Terms = string.Join('\n', group.Terms);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var result = await synonyms.UpdateAsync(id, SynonymService.ParseTerms(Terms), Actor, HttpContext.RequestAborted);
        if (result.Saved)
        {
            return RedirectWithFlash("/manager/synonyms", "The group has been saved. Search uses it within a few seconds.");
        }
        if (result.Problem == SynonymProblem.NotFound)
        {
            return NotFound();
        }
        (Id, PageTitle) = (id, T.Format("Edit group {0}", id));
        Problem = SynonymMessages.For(T, result.Problem!.Value);
        return Page();
    }
}
