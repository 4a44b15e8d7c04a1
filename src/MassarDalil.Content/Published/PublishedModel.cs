using MassarDalil.Content.Markdown;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Content.Sites;

namespace MassarDalil.Content.Published;

/// <summary>
/// What visitors can see, for every site at one content version, with Markdown already rendered.
/// Immutable: a publish builds a new snapshot rather than changing this one, so a reader never
/// sees half of a change.
/// </summary>
public sealed class PublishedSnapshot(long version, IReadOnlyList<PublishedSite> sites, DateTimeOffset changedAt = default)
{
    public long Version { get; } = version;
    public IReadOnlyList<PublishedSite> Sites { get; } = sites;

    /// <summary>When the content version last rose: anything visitors see is at most this recent.</summary>
    public DateTimeOffset ChangedAt { get; } = changedAt;

    /// <summary>The first site (Arabic): where visitors land when nothing says otherwise.</summary>
    public PublishedSite? Default => Sites.Count > 0 ? Sites[0] : null;

    public PublishedSite? Find(string? key) => Sites.FirstOrDefault(s => string.Equals(s.Site.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The media library's images (sizes and alt texts, no bytes) the pages were rendered with.</summary>
    public Media.MediaCatalogue Media { get; init; } = Content.Media.MediaCatalogue.Empty;

    /// <summary>Published pages left out because their stored revision cannot be read (see <see cref="UnrenderedPart.WholePage"/>).</summary>
    public IReadOnlyList<UnrenderedPart> UnreadablePages { get; init; } = [];

    /// <summary>
    /// Parts of published pages that could not be rendered (visitors see a placeholder) and pages left out, for the
    /// dashboard and readiness.
    /// </summary>
    public IReadOnlyList<UnrenderedPart> Unrendered => field ??= [.. UnreadablePages, .. Sites.SelectMany(s => s.Pages).SelectMany(p => p.Unrendered)];
}

/// <param name="redirects">Old slug to live slug (<see cref="Redirects.Redirect"/>).</param>
public sealed class PublishedSite(Site site, IReadOnlyList<PublishedPage> pages, IReadOnlyDictionary<string, string>? redirects = null)
{
    public Site Site { get; } = site;
    public IReadOnlyList<PublishedPage> Pages { get; } = pages;
    public IReadOnlyDictionary<string, string> Redirects { get; } = redirects ?? new Dictionary<string, string>();

    /// <summary>Addresses of published guides editors moved to the trash without a redirect: they answer 410 Gone.</summary>
    public IReadOnlySet<string> Gone { get; init; } = new HashSet<string>();

    /// <summary>The site's published texts (name, notices, labels), with the default site's for keys it lacks.</summary>
    public SiteTextSet Texts { get; init; } = SiteTextSet.Empty;

    /// <summary>When the texts in <see cref="Texts"/> were last published (the site's own or the default site's), or null.</summary>
    public DateTimeOffset? TextsPublishedAt { get; init; }

    /// <summary>The site's header and footer menus and the home page's groups of guides, resolved against its pages.</summary>
    public PublishedNavigation Navigation { get; init; } = PublishedNavigation.Empty;

    public PublishedPage? Home => Pages.FirstOrDefault(p => p.Type == PageType.Home);
    public PublishedPage? Faq => Pages.FirstOrDefault(p => p.Type == PageType.Faq);

    public PublishedPage? FindBySlug(string slug) => Pages.FirstOrDefault(p => p.Slug == slug && p.Type != PageType.Home);
    public PublishedPage? FindByTranslationKey(string key) => Pages.FirstOrDefault(p => p.TranslationKey == key);

    /// <summary>
    /// The live page an old address now leads to, or null. A page at the address wins, and a redirect to a page
    /// that is no longer published leads nowhere (the visitor gets the site's 404, not a redirect to one).
    /// </summary>
    public PublishedPage? FindRedirectTarget(string slug) =>
        FindBySlug(slug) is null && Redirects.TryGetValue(slug, out var target)
            ? target.Length == 0 ? Home : FindBySlug(target)
            : null;
}

public sealed record PublishedPage(
    int PageId, string SiteKey, string Type, string Slug, string TranslationKey, int SortOrder,
    int RevisionNumber, DateTimeOffset PublishedAt, PageContent Content, string BodyHtml,
    IReadOnlyList<PublishedTopic> Topics)
{
    public string Title => Content.Title;
    public string Description => Content.Description;
    public IEnumerable<PublishedQuestion> Questions => Topics.SelectMany(t => t.Questions);
    public PublishedQuestion? FindQuestion(string key) => Questions.FirstOrDefault(q => q.Key == key);

    /// <summary>The body as plain text, for search.</summary>
    public string BodyText { get; init; } = "";

    /// <summary>The parts of this page the renderer refused; each shows visitors a placeholder instead.</summary>
    public IReadOnlyList<UnrenderedPart> Unrendered { get; init; } = [];

    public bool BodyUnavailable => Unrendered.Any(p => p.QuestionKey is null);

    /// <summary>When the question (or its topic) last changed; the page's publish time when its revision does not say.</summary>
    public DateTimeOffset QuestionChangedAt(string key) =>
        Content.QuestionsChangedAt?.GetValueOrDefault(key) is { } at && at != default ? at : PublishedAt;
}

public sealed record PublishedTopic(string Key, string Title, IReadOnlyList<PublishedQuestion> Questions);

/// <param name="AnswerText">The answer as plain text, for descriptions and structured data.</param>
public sealed record PublishedQuestion(
    string Key, string TopicKey, string Question, string AnswerMarkdown, string AnswerHtml, string AnswerText)
{
    /// <summary>The answer could not be rendered (its HTML and text are empty): visitors see a placeholder.</summary>
    public bool AnswerUnavailable { get; init; }

    /// <summary>The editors' other words for this question, for search only.</summary>
    public IReadOnlyList<string> SearchTerms { get; init; } = [];
}

/// <summary>
/// A part of a published page the renderer could not turn into HTML, such as text stored by an older version
/// that checked less. The rest of the page, and of the site, is served as usual.
/// </summary>
/// <param name="QuestionKey">The question whose answer failed; null for the page's own body.</param>
public sealed record UnrenderedPart(int PageId, string SiteKey, string Type, string Slug, string Title, string? QuestionKey, MarkdownProblem Problem)
{
    /// <summary>The whole page is left out: its published revision's stored content could not be read at all.</summary>
    public bool WholePage { get; init; }
}
