using BenchmarkDotNet.Attributes;
using MassarDalil.Content.Data;
using MassarDalil.Content.Import;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Benchmarks;

/// <summary>
/// Saving one question's answer in the FAQ editor, for the seed's 34 questions, 500 and the 2,000-question FAQ: alone
/// (<see cref="PageEditor.SavePartAsync"/>, the question page), and as the whole-FAQ form does
/// (<see cref="PageEditor.SaveDraftAsync"/> with every question). Each save changes the answer, so each one writes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(QuickConfig))]
public class SaveBenchmarks
{
    private SeedFolder? _big;
    private BenchDatabase? _database;
    private int _pageId;
    private string _key = "";
    private int _n;

    [Params("seed", "500", "big")]
    public string Seed { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _big = Seed switch { "seed" => null, "big" => BigFaq.Create(), _ => BigFaq.Create(int.Parse(Seed, System.Globalization.CultureInfo.InvariantCulture)) };
        _database = new BenchDatabase();
        using var scope = _database.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var read = SeedFolderReader.Read(_big?.Path ?? TestPaths.Seed);
        scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(read.Set!, "benchmark").GetAwaiter().GetResult();
        var page = db.Pages.AsNoTracking().Single(p => p.SiteKey == "ar" && p.Type == PageType.Faq);
        (_pageId, _key) = (page.Id, page.Draft.AllQuestions.Skip(page.Draft.AllQuestions.Count() / 2).First().Key);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database?.Dispose();
        _big?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> SaveOneQuestion()
    {
        await using var scope = _database!.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<PageEditor>();
        var version = await Version(scope);
        var answer = $"Answer number {++_n}.";
        var result = await editor.SavePartAsync(_pageId, version, c => FaqChanges.ReplaceQuestion(c, _key, c.AllQuestions.First(q => q.Key == _key) with { Answer = answer }), "benchmark", touches: [_key]);
        return result.Version;
    }

    [Benchmark]
    public async Task<int> SaveTheWholeFaq()
    {
        await using var scope = _database!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var page = await db.Pages.AsNoTracking().SingleAsync(p => p.Id == _pageId);
        var answer = $"Answer number {++_n}.";
        var content = FaqChanges.ReplaceQuestion(page.Draft with { History = null }, _key, page.Draft.AllQuestions.First(q => q.Key == _key) with { Answer = answer });
        var result = await scope.ServiceProvider.GetRequiredService<PageEditor>().SaveDraftAsync(_pageId, page.DraftVersion, content, null, "benchmark");
        return result.Version;
    }

    private Task<int> Version(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ContentDbContext>().Pages.Where(p => p.Id == _pageId).Select(p => p.DraftVersion).SingleAsync();
}
