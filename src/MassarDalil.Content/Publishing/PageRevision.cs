using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Publishing;

/// <summary>An immutable snapshot of a page, written by every publish.</summary>
public class PageRevision
{
    public int Id { get; set; }
    public int PageId { get; set; }
    public Page? Page { get; set; }

    /// <summary>1, 2, 3… within its page.</summary>
    public int Number { get; set; }
    public required string Slug { get; set; }
    public required PageContent Content { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string Author { get; set; }
}
