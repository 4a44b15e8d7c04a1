using BenchmarkDotNet.Attributes;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Benchmarks;

/// <summary>
/// What every server does after a publish, beside the snapshot rebuild: the search index of the new snapshot, here
/// after one English answer changed, on the seed and on the 2,000-question FAQs. <see cref="Carry"/> false builds
/// every language (as every rebuild did before 2026-12-07); true carries over the languages that did not change.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(QuickConfig))]
public class SearchIndexBenchmarks
{
    private BenchDatabase? _database;
    private IReadOnlyList<IReadOnlyList<string>> _groups = [];
    private SearchGeneration? _before;
    private PublishedSnapshot? _after;

    [Params("seed", "big")]
    public string Seed { get; set; } = "seed";

    [Params(false, true)]
    public bool Carry { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _database = BenchDatabase.Seeded(Seed);
        using (var scope = _database.Services.CreateScope())
        {
            _groups = [.. scope.ServiceProvider.GetRequiredService<ContentDbContext>().SynonymGroups.Select(g => g.Terms).ToList()];
        }
        var snapshot = _database.Services.GetRequiredService<PublishedContent>().GetAsync().AsTask().GetAwaiter().GetResult();
        _before = SearchIndexBuilder.Build(snapshot, _groups);
        _after = new PublishedSnapshot(snapshot.Version + 1, [.. snapshot.Sites.Select(s => s.Site.Key == "en" ? WithOneAnswerChanged(s) : s)]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _before?.Retire();
        _database?.Dispose();
    }

    [Benchmark]
    public int RebuildAfterAnEnglishPublish()
    {
        var generation = SearchIndexBuilder.Build(_after!, _groups, Carry ? _before : null);
        generation.Retire();
        return generation.IndexedAnew;
    }

    private static PublishedSite WithOneAnswerChanged(PublishedSite site) =>
        new(site.Site, [.. site.Pages.Select(p => p.Type != PageType.Faq ? p : p with
        {
            Topics = [.. p.Topics.Select((t, i) => i > 0 ? t : t with
            {
                Questions = [.. t.Questions.Select((q, j) => j > 0 ? q : q with { AnswerText = q.AnswerText + " Changed." })],
            })],
        })], site.Redirects);
}
