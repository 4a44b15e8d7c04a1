using MassarDalil.Content.Data;
using MassarDalil.Content.Redirects;
using MassarDalil.Content.Sites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>
/// Old addresses of one site and where they lead: those left by renamed pages and those editors add.
/// Editors and administrators add (an address to a published page) and remove them.
/// </summary>
public sealed class RedirectsModel(ContentDbContext db, RedirectStore redirects) : ManagerPageModel
{
    public IReadOnlyList<Site> Sites { get; private set; } = [];
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<RedirectView> Redirects { get; private set; } = [];
    public IReadOnlyList<LivePage> Targets { get; private set; } = [];
    public ProblemList Problems { get; private set; } = null!;

    /// <summary>What the editor typed: kept when it is refused.</summary>
    [BindProperty]
    public RedirectInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? site) =>
        await LoadAsync(site) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? site)
    {
        if (!await LoadAsync(site))
        {
            return NotFound();
        }
        var result = await redirects.AddAsync(Site.Key, Input.From ?? "", Input.To ?? 0, Actor, HttpContext.RequestAborted);
        if (result.Saved)
        {
            return RedirectWithFlash(Here, "The redirect has been added.");
        }
        await LoadAsync(site);
        Problems = ProblemList.Of(T, ProblemWords, result.Problems, field => field == nameof(RedirectInput.From) ? T["Old address"] : T["Goes to"]);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? site, int id)
    {
        if (!await LoadAsync(site))
        {
            return NotFound();
        }
        return await redirects.RemoveAsync(Site.Key, id, Actor, HttpContext.RequestAborted)
            ? RedirectWithFlash(Here, "The redirect has been removed.")
            : NotFound();
    }

    private string Here => $"/manager/redirects?site={Uri.EscapeDataString(Site.Key)}";

    private async Task<bool> LoadAsync(string? siteKey)
    {
        PageTitle = T["Redirects"];
        Problems = ProblemList.None(T);
        Sites = await db.Sites.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(HttpContext.RequestAborted);
        if ((siteKey is null ? (Sites.Count > 0 ? Sites[0] : null) : Sites.FirstOrDefault(s => s.Key == siteKey)) is not { } site)
        {
            return false;
        }
        Site = site;
        Redirects = await redirects.ListAsync(site.Key, HttpContext.RequestAborted);
        Targets = await redirects.LivePagesAsync(site.Key, HttpContext.RequestAborted);
        return true;
    }
}

public sealed class RedirectInput
{
    public string? From { get; set; }
    public int? To { get; set; }
}
