using MassarDalil.Content.Pages;

namespace MassarDalil.Web.Areas.Manager.Editing;

/// <summary>The form of a page with a Markdown body: a guide, or a site's home page.</summary>
public sealed class PageInput
{
    public int Version { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Slug { get; set; }
    public string? Body { get; set; }

    public static PageInput From(Page page) => new()
    {
        Version = page.DraftVersion,
        Title = page.Draft.Title,
        Description = page.Draft.Description,
        Slug = page.Slug,
        Body = page.Draft.Body,
    };

    /// <summary>Keeps whatever the page had besides its body (a home page has no topics, but nothing is dropped).</summary>
    public PageContent ToContent(PageContent current) => current with
    {
        Title = FaqInput.Clean(Title),
        Description = FaqInput.Clean(Description),
        Body = FaqInput.Markdown(Body),
    };
}
