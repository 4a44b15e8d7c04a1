using MassarDalil.Content.Publishing;

namespace MassarDalil.Content.Pages;

/// <summary>
/// A page of one site. Editors change <see cref="Draft"/>; visitors only ever see
/// <see cref="PublishedRevision"/>.
/// </summary>
public class Page
{
    public int Id { get; set; }
    public required string SiteKey { get; set; }
    public required string Type { get; set; }

    /// <summary>Empty for the home page; otherwise the path after <c>/{lang}/</c>.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Shared by the same page in every language.</summary>
    public required string TranslationKey { get; set; }
    public int SortOrder { get; set; }

    public required PageContent Draft { get; set; }

    /// <summary>Raised on every draft change; a save based on an older value is a conflict.</summary>
    public int DraftVersion { get; set; }
    public DateTimeOffset DraftUpdatedAt { get; set; }
    public string DraftUpdatedBy { get; set; } = "";

    public int? PublishedRevisionId { get; set; }
    public PageRevision? PublishedRevision { get; set; }

    public List<PageRevision> Revisions { get; set; } = [];
}
