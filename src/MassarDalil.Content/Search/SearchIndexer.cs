using System.Diagnostics;
using System.Threading.Channels;
using MassarDalil.Content.Data;
using MassarDalil.Content.Published;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MassarDalil.Content.Search;

/// <summary>
/// Rebuilds the search index in the background: once after the first page after start (or at the first search, see
/// <see cref="SearchIndexOptions.BuildOnFirstSearch"/>) and after every change of the published content (a publish,
/// an import, a synonym edit), always from the newest snapshot. Changes that arrive during a build are folded into
/// one more build, and those that arrive before the first build into it.
/// </summary>
public sealed partial class SearchIndexer(
    PublishedContent content, SearchIndex index, IServiceScopeFactory scopes, DatabaseReadiness readiness,
    IOptions<SearchIndexOptions> options, ILogger<SearchIndexer> logger)
    : BackgroundService
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitAsync(stoppingToken);
        content.Changed += OnChanged;
        try
        {
            // A site builds after its first page (the build takes a core for a third of a second), a test site at its
            // first search; either builds at once when someone searches first.
            await (options.Value.BuildOnFirstSearch
                ? index.FirstSearch.WaitAsync(stoppingToken)
                : Task.WhenAny(readiness.WaitForFirstPageAsync(stoppingToken), index.FirstSearch));
            _requests.Writer.TryWrite(true);
            await foreach (var _ in _requests.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await RebuildAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Visitors keep searching the previous index; the next change tries again.
                    LogRebuildFailed(e);
                }
            }
        }
        finally
        {
            content.Changed -= OnChanged;
        }
    }

    // Raised while PublishedContent holds its lock: only ask for a build here, never do one.
    private void OnChanged(PublishedSnapshot snapshot) => _requests.Writer.TryWrite(true);

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var snapshot = await content.GetAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var groups = await db.SynonymGroups.AsNoTracking().Select(g => g.Terms).ToListAsync(cancellationToken);
        var indexer = scope.ServiceProvider.GetRequiredService<LanguageIndexer>();
        var stopwatch = Stopwatch.StartNew();
        var previous = index.BorrowCurrent();
        SearchGeneration generation;
        try
        {
            generation = SearchIndexBuilder.Build(snapshot, groups, previous, indexer);
        }
        finally
        {
            previous?.GiveBack();
        }
        // Said before the index is served: whoever sees the new version (a test, the dashboard) finds the failure logged.
        foreach (var (language, failure) in generation.Failures)
        {
            LogLanguageFailed(language, failure);
        }
        index.Replace(generation);
        LogRebuilt(snapshot.Version, stopwatch.Elapsed.TotalMilliseconds, generation.IndexedAnew, generation.LanguageCount);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Search index built for content version {Version} in {Milliseconds:0} ms, {IndexedAnew} of {Languages} languages indexed anew")]
    private partial void LogRebuilt(long version, double milliseconds, int indexedAnew, int languages);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Search index for language {Language} could not be built; its search answers from its previous index, if any, until a rebuild succeeds")]
    private partial void LogLanguageFailed(string language, Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index rebuild failed")]
    private partial void LogRebuildFailed(Exception e);
}
