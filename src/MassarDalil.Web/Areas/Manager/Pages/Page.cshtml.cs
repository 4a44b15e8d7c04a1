using MassarDalil.Content.Data;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Redirects;
using MassarDalil.Web.Areas.Manager.Editing;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>The editor of a page with a Markdown body: guides (with their address) and the home pages.</summary>
public sealed class PageEditModel(ContentDbContext db, PageEditor editor, MarkdownRenderer markdown, RedirectStore redirects) : EditorPageModel(db, editor, markdown)
{
    public override string FormId => "page-form";

    [BindProperty]
    public PageInput Input { get; set; } = new();

    public bool IsGuide => Edited.Type == PageType.Guide;

    /// <summary>The site's live pages a trashed guide's address may redirect to.</summary>
    public IReadOnlyList<LivePage> Targets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadPageAsync(id))
        {
            return NotFound();
        }
        Input = PageInput.From(Edited);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? command)
    {
        if (!await LoadPageAsync(id))
        {
            return NotFound();
        }
        return await SaveAsync(Input.Version, Input.ToContent(Edited.Draft), IsGuide ? FaqInput.Clean(Input.Slug) : null, command ?? Save);
    }

    /// <summary>Guides, home pages and tools: the FAQ, a site's texts and its navigation have editors of their own.</summary>
    private async Task<bool> LoadPageAsync(int id)
    {
        if (!await LoadAsync(id, type => type is PageType.Guide or PageType.Home or PageType.Tool))
        {
            return false;
        }
        Targets = IsGuide ? await redirects.LivePagesAsync(Edited.SiteKey, HttpContext.RequestAborted) : [];
        return true;
    }

    protected override void ShowAgain(PageContent content, int version, string? slug)
    {
        Input.Version = version;
    }
}
