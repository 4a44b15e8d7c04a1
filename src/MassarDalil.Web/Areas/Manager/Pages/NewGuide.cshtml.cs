using MassarDalil.Content.Data;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Sites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>Starts a guide in one site, optionally as the translation of a guide in the other.</summary>
public sealed class NewGuideModel(ContentDbContext db, PageEditor editor) : ManagerPageModel
{
    [BindProperty(SupportsGet = true)]
    public NewGuideInput Input { get; set; } = new();

    public IReadOnlyList<Site> Sites { get; private set; } = [];
    public ProblemList Problems { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] string? site, [FromQuery] string? translationKey, [FromQuery] string? slug)
    {
        await LoadAsync();
        Input = new NewGuideInput { Site = site ?? (Sites.Count > 0 ? Sites[0].Key : "ar"), TranslationKey = translationKey, Slug = slug };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var result = await editor.CreateGuideAsync(Input.Site ?? "", Input.Title ?? "", Input.Slug ?? "", Input.TranslationKey, Actor);
        if (result.Page is { } created)
        {
            return RedirectWithFlash(ManagerLinks.Edit(created.Id, created.Type), "Guide created. Write it, then publish it.");
        }
        Problems = ProblemList.Of(T, ProblemWords, result.Problems);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync()
    {
        PageTitle = T["New guide"];
        Sites = await db.Sites.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync();
        Problems = ProblemList.None(T);
    }
}

public sealed class NewGuideInput
{
    public string? Site { get; set; }
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? TranslationKey { get; set; }
}
