using MassarDalil.Content.Data;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Content.Published;

/// <summary>
/// The read side: holds the current <see cref="PublishedSnapshot"/> in memory and rebuilds it
/// when the database's content version moves (a publish here, on another server, or by the CLI).
/// </summary>
public sealed class PublishedContent(IServiceScopeFactory scopes, MarkdownRenderer markdown) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile PublishedSnapshot? _current;

    /// <summary>Raised after a new snapshot replaces the old one (output caches listen to evict).</summary>
    public event Action<PublishedSnapshot>? Changed;

    public async ValueTask<PublishedSnapshot> GetAsync(CancellationToken cancellationToken = default) =>
        _current ?? await ReloadAsync(knownVersion: null, cancellationToken);

    /// <summary>Reloads when the stored version differs from the one in memory; cheap when it does not.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var version = await db.ContentState.AsNoTracking().Select(s => s.Version).SingleAsync(cancellationToken);
        if (_current?.Version != version)
        {
            await ReloadAsync(_current?.Version, cancellationToken);
        }
    }

    private async Task<PublishedSnapshot> ReloadAsync(long? knownVersion, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } current && current.Version != knownVersion)
            {
                return current; // another caller loaded it while this one waited
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            // One transaction so the version and the pages belong together.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var state = await db.ContentState.AsNoTracking().SingleAsync(cancellationToken);
            var sites = await db.Sites.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
            var pages = await db.Pages.AsNoTracking().Include(p => p.PublishedRevision)
                .Where(p => p.PublishedRevisionId != null).ToListAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            var snapshot = new PublishedSnapshot(state.Version, sites.Select(site => new PublishedSite(site,
                pages.Where(p => p.SiteKey == site.Key).OrderBy(p => p.SortOrder).ThenBy(p => p.Slug, StringComparer.Ordinal)
                    .Select(p => Render(p, site.IsRightToLeft)).ToList())).ToList(), state.ChangedAt);
            _current = snapshot;
            Changed?.Invoke(snapshot);
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    /// <summary>
    /// The page's draft as visitors would see it once published, for the manager's preview.
    /// Not part of any snapshot.
    /// </summary>
    public PublishedPage RenderDraft(Page page, bool rightToLeft) =>
        Render(page, page.Draft, page.Slug, 0, page.DraftUpdatedAt, rightToLeft);

    private PublishedPage Render(Page page, bool rtl)
    {
        var revision = page.PublishedRevision!;
        return Render(page, revision.Content, revision.Slug, revision.Number, revision.CreatedAt, rtl);
    }

    private PublishedPage Render(Page page, PageContent content, string slug, int number, DateTimeOffset at, bool rtl)
    {
        var topics = content.Topics.Select(t => new PublishedTopic(t.Key, t.Title, t.Questions
            .Select(q => new PublishedQuestion(q.Key, t.Key, q.Question, q.Answer, markdown.ToHtml(q.Answer, rtl), markdown.ToPlainText(q.Answer)))
            .ToList())).ToList();
        return new PublishedPage(page.Id, page.SiteKey, page.Type, slug, page.TranslationKey, page.SortOrder,
            number, at, content, markdown.ToHtml(content.Body, rtl), topics);
    }
}
