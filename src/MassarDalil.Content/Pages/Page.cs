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

    /// <summary>
    /// The draft as the editor wrote it. Stored in two parts (<see cref="DraftRows"/>): <see cref="StoredDraft"/> in the
    /// page's row and each FAQ question in <see cref="DraftQuestions"/>, which every query of pages loads with it.
    /// </summary>
    public required PageContent Draft
    {
        get => _draft ??= DraftRows.Assemble(StoredDraft, DraftQuestions);
        set
        {
            StoredDraft = DraftRows.Store(value, DraftQuestions);
            _draft = value;
        }
    }

    /// <summary>The part of the draft in the page's own row (column Draft): all of it but the questions of an FAQ.</summary>
    public PageContent StoredDraft
    {
        get => _stored;
        set
        {
            _stored = value;
            _draft = null;
        }
    }

    public List<DraftQuestion> DraftQuestions { get; set; } = [];

    private PageContent? _draft;
    private PageContent _stored = new() { Title = "" };

    /// <summary>Raised on every draft change; a save based on an older value is a conflict.</summary>
    public int DraftVersion { get; set; }
    public DateTimeOffset DraftUpdatedAt { get; set; }
    public string DraftUpdatedBy { get; set; } = "";

    public int? PublishedRevisionId { get; set; }
    public PageRevision? PublishedRevision { get; set; }

    public List<PageRevision> Revisions { get; set; } = [];

    /// <summary>
    /// When an editor moved the page to the trash, or null: a trashed page is left out of everything visitors read (its
    /// revisions and published pointer stay, so a restore brings it back as it was) until an Admin deletes it for good.
    /// </summary>
    public DateTimeOffset? TrashedAt { get; set; }
    public string? TrashedBy { get; set; }

    /// <summary>Whether the draft holds exactly this text at this address: nothing an editor writes differs.</summary>
    public bool DraftIs(PageContent content, string slug) => SameDraft(Draft, Slug, content, slug);

    /// <summary>
    /// The one rule for "the same draft": the same address and the same text (history aside). Static for the editor's
    /// save, whose draft may hold only the questions it named (<see cref="Draft"/> would read every one).
    /// </summary>
    public static bool SameDraft(PageContent draft, string slug, PageContent other, string otherSlug) =>
        slug == otherSlug && draft.Equivalent(other);

    /// <summary>
    /// Whether publishing now would show visitors something new: the page was never published, or its draft's
    /// text or address differs from the published revision. The one rule behind the dashboard's and the editor's
    /// "draft changes waiting", publishing's "already published" and the importer's warning.
    /// </summary>
    /// <exception cref="InvalidOperationException">The page has a published revision that was not loaded.</exception>
    public bool HasUnpublishedChanges()
    {
        if (PublishedRevisionId is not null && PublishedRevision is null)
        {
            // Without it every published page would look changed.
            throw new InvalidOperationException($"Load {nameof(PublishedRevision)} (Include) before asking whether the draft differs from it.");
        }
        return PublishedRevision is not { } published || !DraftIs(published.Content, published.Slug);
    }
}
