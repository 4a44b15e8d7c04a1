using MassarDalil.Content.Data;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Web.Areas.Manager.Editing;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>The editor of a page with a Markdown body: guides (with their address) and the home pages.</summary>
public sealed class PageEditModel(ContentDbContext db, PageEditor editor, MarkdownRenderer markdown) : EditorPageModel(db, editor, markdown)
{
    public override string FormId => "page-form";

    [BindProperty]
    public PageInput Input { get; set; } = new();

    public bool IsGuide => Edited.Type == PageType.Guide;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id, type => type != PageType.Faq))
        {
            return NotFound();
        }
        Input = PageInput.From(Edited);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? command)
    {
        if (!await LoadAsync(id, type => type != PageType.Faq))
        {
            return NotFound();
        }
        return await SaveAsync(Input.Version, Input.ToContent(Edited.Draft), IsGuide ? FaqInput.Clean(Input.Slug) : null, command ?? Save);
    }

    protected override void ShowAgain(PageContent content, int version, string? slug)
    {
        Input.Version = version;
    }
}
