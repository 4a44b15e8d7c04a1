using BenchmarkDotNet.Attributes;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Benchmarks;

/// <summary>
/// What every server does after a publish of any page: rebuild the published snapshot of every site. Measured with
/// nothing changed but the content version (what a publish of one small page costs the rest), on the seed and on the
/// 2,000-question FAQs, with and without one crafted answer published (20,000 characters of unclosed emphasis, which
/// Markdig parses in quadratic time; stored as an older version could have, whatever the check says today).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OncePerIterationConfig))]
public class SnapshotBenchmarks
{
    private BenchDatabase? _database;

    [Params("seed", "big")]
    public string Seed { get; set; } = "seed";

    [Params(false, true)]
    public bool Crafted { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _database = BenchDatabase.Seeded(Seed);
        using var scope = _database.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        if (Crafted)
        {
            var page = db.Pages.Single(p => p.SiteKey == "en" && p.Type == PageType.Faq);
            page.Draft = page.Draft with
            {
                Topics = [.. page.Draft.Topics.Select((t, i) => i > 0 ? t : t with
                {
                    Questions = [new FaqQuestion("crafted", "Crafted?", string.Concat(Enumerable.Repeat("*a", PageValidator.AnswerMax / 2))), .. t.Questions],
                })],
            };
            page.DraftVersion++;
            scope.ServiceProvider.GetRequiredService<Publisher>().StagePublishAsync(page, "benchmark").GetAwaiter().GetResult();
            db.SaveChanges();
        }
        _database.Services.GetRequiredService<PublishedContent>().GetAsync().AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _database?.Dispose();

    [Benchmark]
    public async Task<long> RebuildAfterAPublish()
    {
        await using (var scope = _database!.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentDbContext>().ContentState
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1));
        }
        var content = _database.Services.GetRequiredService<PublishedContent>();
        await content.RefreshAsync();
        return content.Current!.Version;
    }
}
