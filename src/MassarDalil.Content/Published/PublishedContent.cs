using MassarDalil.Content.Data;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Media;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.SiteTexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Content.Published;

/// <summary>
/// The read side: holds the current <see cref="PublishedSnapshot"/> in memory and rebuilds it
/// when the database's content version moves (a publish here, on another server, or by the CLI).
/// Each page body and each answer is rendered on its own: one that fails becomes a placeholder
/// (<see cref="PublishedSnapshot.Unrendered"/>), never a snapshot that cannot be built.
/// </summary>
public sealed partial class PublishedContent(IServiceScopeFactory scopes, MarkdownRenderer markdown, ILogger<PublishedContent> logger) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile PublishedSnapshot? _current;
    private volatile string? _rebuildFailure;
    // What the current snapshot rendered, for the next rebuild and the draft preview to reuse.
    private volatile RenderedTexts _rendered = RenderedTexts.None;

    /// <summary>The snapshot visitors see now, or null before the first load. Never loads.</summary>
    public PublishedSnapshot? Current => _current;

    /// <summary>Why the last rebuild failed (visitors still see <see cref="Current"/>), or null when it succeeded.</summary>
    public string? RebuildFailure => _rebuildFailure;

    /// <summary>Raised after a new snapshot replaces the old one (output caches listen to evict).</summary>
    public event Action<PublishedSnapshot>? Changed;

    public async ValueTask<PublishedSnapshot> GetAsync(CancellationToken cancellationToken = default) =>
        _current ?? await ReloadAsync(seenVersion: null, cancellationToken);

    /// <summary>
    /// Reloads when the stored version differs from the one in memory; cheap when it does not. When it returns, the
    /// snapshot is at least as new as the version it read, so a publish that calls it is visible as it returns.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var version = await db.ContentState.AsNoTracking().Select(s => s.Version).SingleAsync(cancellationToken);
        if (_current?.Version != version)
        {
            await ReloadAsync(version, cancellationToken);
        }
    }

    /// <param name="seenVersion">The version the caller read in the database, or null when any snapshot will do (the first load).</param>
    private async Task<PublishedSnapshot> ReloadAsync(long? seenVersion, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have loaded it while this one waited. A load of an older version does not count: the
            // watcher rebuilding the version before a publish would otherwise let the publish return with visitors still
            // seeing the old text. Equal, not "at least": a database restored from a backup goes back to a lower version.
            if (_current is { } current && (seenVersion is null || current.Version == seenVersion))
            {
                return current;
            }
            PublishedSnapshot snapshot;
            var rendered = new RenderedTexts();
            try
            {
                snapshot = await BuildAsync(rendered, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Visitors keep the snapshot they have; readiness says this one could not be rebuilt.
                _rebuildFailure = $"{e.GetType().Name}: {e.Message}";
                throw;
            }
            _rebuildFailure = null;
            _rendered = rendered;
            _current = snapshot;
            Changed?.Invoke(snapshot);
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <param name="rendered">Filled with what this snapshot renders; what the current one rendered is reused.</param>
    private async Task<PublishedSnapshot> BuildAsync(RenderedTexts rendered, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        await using var transaction = await db.BeginConsistentReadAsync(cancellationToken);
        var state = await db.ContentState.AsNoTracking().SingleAsync(cancellationToken);
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        // A trashed page is no page of the site (PageTrash); its address is remembered to answer 410 Gone.
        // Without the drafts: visitors see revisions, and a draft's page row carries its recent saves (DraftHistory, up to
        // 128 K characters of text), which every rebuild after a publish would otherwise read and parse for nothing.
        var pages = await db.Pages.AsNoTracking()
            .Where(p => p.PublishedRevisionId != null && p.TrashedAt == null)
            .Select(p => new PublishedRow(new PageIdentity(p.Id, p.SiteKey, p.Type, p.TranslationKey, p.SortOrder), p.PublishedRevision!))
            .ToListAsync(cancellationToken);
        // A revision whose stored content cannot be read has nothing to show: its page is left out (its address answers
        // 404 like an unpublished page) and flagged by its draft's title, and every other page is served as usual.
        var unreadable = pages.Where(p => p.Revision.Content.UnreadableJson is not null).ToList();
        var unreadableIds = unreadable.Select(p => p.Page.Id).ToList();
        var draftTitles = unreadable.Count == 0 ? [] : await db.Pages.AsNoTracking().Where(p => unreadableIds.Contains(p.Id))
            .Select(p => new { p.Id, p.StoredDraft }).ToDictionaryAsync(p => p.Id, p => p.StoredDraft, cancellationToken);
        var gone = await db.Pages.AsNoTracking().Where(p => p.PublishedRevisionId != null && p.TrashedAt != null)
            .Select(p => new { p.SiteKey, p.PublishedRevision!.Slug }).ToListAsync(cancellationToken);
        var redirects = await db.Redirects.AsNoTracking().Select(r => new { r.SiteKey, r.FromSlug, r.ToSlug }).ToListAsync(cancellationToken);
        var media = await MediaLibrary.CatalogueAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The texts pages are no pages of the site: their words go to PublishedSite.Texts, never to routes or lists.
        var textsRevisions = pages.Except(unreadable).Where(p => p.Page.Type == PageType.Texts)
            .GroupBy(p => p.Page.SiteKey).ToDictionary(g => g.Key, g => g.First().Revision, StringComparer.Ordinal);
        var texts = textsRevisions.ToDictionary(r => r.Key, r => r.Value.Content.Texts, StringComparer.Ordinal);
        var defaultTexts = sites.Count > 0 ? texts.GetValueOrDefault(sites[0].Key) ?? NoTexts : NoTexts;
        // A site's words fall back on the default site's, so either texts page publishing changes what the site shows.
        DateTimeOffset? TextsPublishedAt(string siteKey) =>
            new[] { siteKey, sites.Count > 0 ? sites[0].Key : siteKey }.Select(k => textsRevisions.GetValueOrDefault(k)?.CreatedAt).Max();
        foreach (var page in unreadable)
        {
            LogUnreadable(page.Page.SiteKey, page.Revision.Slug, page.Revision.Number, page.Revision.Id);
        }
        // Likewise the navigation pages: their menus go to PublishedSite.Navigation, resolved against the published pages.
        var menus = pages.Except(unreadable).Where(p => p.Page.Type == PageType.Navigation)
            .GroupBy(p => p.Page.SiteKey).ToDictionary(g => g.Key, g => NavigationFile.Read(g.First().Revision.Content.Body), StringComparer.Ordinal);
        return new PublishedSnapshot(state.Version, sites.Select(site =>
        {
            var sitePages = pages.Except(unreadable).Where(p => p.Page.SiteKey == site.Key && !PageType.IsSiteWide(p.Page.Type))
                .OrderBy(p => p.Page.SortOrder).ThenBy(p => p.Revision.Slug, StringComparer.Ordinal).Select(p => Render(p, site.IsRightToLeft, media, rendered)).ToList();
            var siteTexts = new SiteTextSet(texts.GetValueOrDefault(site.Key) ?? NoTexts, defaultTexts);
            return new PublishedSite(site, sitePages,
                redirects.Where(r => r.SiteKey == site.Key).ToDictionary(r => r.FromSlug, r => r.ToSlug, StringComparer.Ordinal))
            {
                Texts = siteTexts,
                TextsPublishedAt = TextsPublishedAt(site.Key),
                Navigation = PublishedNavigation.Build(site.Key, menus.GetValueOrDefault(site.Key), sitePages, siteTexts),
                Gone = gone.Where(g => g.SiteKey == site.Key).Select(g => g.Slug).ToHashSet(StringComparer.Ordinal),
            };
        }).ToList(), state.ChangedAt)
        {
            Media = media,
            UnreadablePages = [.. unreadable.Select(p => new UnrenderedPart(p.Page.Id, p.Page.SiteKey, p.Page.Type, p.Revision.Slug,
                draftTitles.GetValueOrDefault(p.Page.Id) is { UnreadableJson: null } draft ? draft.Title : p.Revision.Slug, null,
                MarkdownProblem.RendererFailed) { WholePage = true })],
        };
    }

    private static readonly IReadOnlyDictionary<string, string> NoTexts = new Dictionary<string, string>();

    public void Dispose() => _loading.Dispose();

    /// <summary>
    /// The page's draft as visitors would see it once published, for the manager's preview.
    /// Not part of any snapshot.
    /// </summary>
    public PublishedPage RenderDraft(Page page, bool rightToLeft) =>
        Render(new PageIdentity(page.Id, page.SiteKey, page.Type, page.TranslationKey, page.SortOrder), page.Draft,
            page.Slug, 0, page.DraftUpdatedAt, rightToLeft, _current?.Media ?? MediaCatalogue.Empty, keep: null);

    private PublishedPage Render(PublishedRow row, bool rtl, MediaCatalogue media, RenderedTexts keep)
    {
        var revision = row.Revision;
        return Render(row.Page, revision.Content, revision.Slug, revision.Number, revision.CreatedAt, rtl, media, keep);
    }

    /// <param name="keep">Where a rebuild keeps what it renders; null for a draft, which is no snapshot's.</param>
    private PublishedPage Render(PageIdentity page, PageContent content, string slug, int number, DateTimeOffset at, bool rtl, MediaCatalogue media,
        RenderedTexts? keep)
    {
        var reuse = _rendered;
        var unrendered = new List<UnrenderedPart>();
        var topics = content.Topics.Select(t => new PublishedTopic(t.Key, t.Title, t.Questions.Select(q =>
        {
            var (html, text, failed) = Rendered(q.Answer, q.Key);
            return new PublishedQuestion(q.Key, t.Key, q.Question, q.Answer, html, text) { AnswerUnavailable = failed, SearchTerms = q.SearchTerms };
        }).ToList())).ToList();
        var body = Rendered(content.Body, null);
        return new PublishedPage(page.Id, page.SiteKey, page.Type, slug, page.TranslationKey, page.SortOrder,
            number, at, content, body.Html, topics) { BodyText = body.Text, Unrendered = unrendered };

        // One part that cannot be rendered (stored before the save check refused such text) costs that part only.
        (string Html, string Text, bool Failed) Rendered(string text, string? questionKey)
        {
            try
            {
                var result = reuse.Find(text, rtl) ?? markdown.Render(text, rtl, media, page.SiteKey);
                keep?.Keep(text, rtl, result);
                return (result.Html, result.Text, false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var problem = MarkdownCheck.Classify(e);
                unrendered.Add(new UnrenderedPart(page.Id, page.SiteKey, page.Type, slug, content.Title, questionKey, problem));
                LogUnrendered(e, page.SiteKey, slug, questionKey ?? "(body)", number, problem);
                return ("", "", true);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message =
        "Left /{Site}/{Slug} out of the public site: its published revision {Revision} (row {RevisionId}) holds content that cannot be read. Publish the page again from the manager to replace it")]
    private partial void LogUnreadable(string site, string slug, int revision, int revisionId);

    [LoggerMessage(Level = LogLevel.Error, Message =
        "Could not render /{Site}/{Slug} part {Part} (revision {Revision}, 0 for a draft preview): {Problem}. Visitors see a placeholder there; edit and publish the page to fix it")]
    private partial void LogUnrendered(Exception e, string site, string slug, string part, int revision, MarkdownProblem problem);

    /// <summary>Which page a rendering is of, and where it goes.</summary>
    private sealed record PageIdentity(int Id, string SiteKey, string Type, string TranslationKey, int SortOrder);

    /// <summary>What a snapshot reads of a published page: which it is and its published revision, not its draft.</summary>
    private sealed record PublishedRow(PageIdentity Page, PageRevision Revision);
}
