using BenchmarkDotNet.Attributes;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Benchmarks;

/// <summary>
/// Saving one question's answer in the FAQ editor, for the seed's 34 questions, 500 and the 2,000-question FAQ: alone
/// (<see cref="PageEditor.SaveQuestionAsync"/>, the question page; <see cref="PageEditor.SavePartAsync"/>, a part save), and as the whole-FAQ form does
/// (<see cref="PageEditor.SaveDraftAsync"/> with every question). Each save changes the answer, so each one writes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(QuickConfig))]
public class SaveBenchmarks
{
    private BenchDatabase? _database;
    private int _pageId;
    private FaqQuestion _question = new("", "", "");
    private string _topic = "";
    private int _n;

    [Params("seed", "500", "big")]
    public string Seed { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _database = BenchDatabase.Seeded(Seed);
        using var scope = _database.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var page = db.Pages.AsNoTracking().Single(p => p.SiteKey == "ar" && p.Type == PageType.Faq);
        _pageId = page.Id;
        _question = page.Draft.AllQuestions.Skip(page.Draft.AllQuestions.Count() / 2).First();
        _topic = FaqChanges.TopicOf(page.Draft, _question.Key)!.Key;
    }

    [GlobalCleanup]
    public void Cleanup() => _database?.Dispose();

    /// <summary>The question page's save: <see cref="PageEditor.SaveQuestionAsync"/>, the question's row and the page's.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> SaveOneQuestion()
    {
        await using var scope = _database!.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<PageEditor>();
        var version = await Version(scope);
        var result = await editor.SaveQuestionAsync(_pageId, version, _question with { Answer = $"Answer number {++_n}." }, _topic, "benchmark");
        return result.Version;
    }

    /// <summary>The same change as a part save (<see cref="PageEditor.SavePartAsync"/>), which reads every question's key and place.</summary>
    [Benchmark]
    public async Task<int> SaveOneQuestionAsPart()
    {
        await using var scope = _database!.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<PageEditor>();
        var version = await Version(scope);
        var key = _question.Key;
        var answer = $"Answer number {++_n}.";
        var result = await editor.SavePartAsync(_pageId, version, c => FaqChanges.ReplaceQuestion(c, key, c.AllQuestions.First(q => q.Key == key) with { Answer = answer }), "benchmark", touches: [key]);
        return result.Version;
    }

    [Benchmark]
    public Task<int> SaveTheWholeFaq()
    {
        var answer = $"Answer number {++_n}.";
        return SaveWholeAsync(draft => FaqChanges.ReplaceQuestion(draft, _question.Key, _question with { Answer = answer }));
    }

    /// <summary>
    /// The whole-FAQ form with every answer changed, as an editor rewriting the FAQ or the publish-while-reading load
    /// does: each save's step in the draft's history then holds every question as it was (see DraftHistory.KeptCharacters).
    /// </summary>
    [Benchmark]
    public Task<int> SaveEveryAnswer()
    {
        var round = ++_n;
        return SaveWholeAsync(draft => draft with
        {
            Topics = [.. draft.Topics.Select(t => t with { Questions = [.. t.Questions.Select(q => q with { Answer = Rewritten(q.Answer, round) })] })],
        });
    }

    /// <summary>The whole-FAQ form's save (<see cref="PageEditor.SaveDraftAsync"/>) of the draft as <paramref name="change"/> leaves it.</summary>
    private async Task<int> SaveWholeAsync(Func<PageContent, PageContent> change)
    {
        await using var scope = _database!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var page = await db.Pages.AsNoTracking().SingleAsync(p => p.Id == _pageId);
        var content = change(page.Draft with { History = null });
        var result = await scope.ServiceProvider.GetRequiredService<PageEditor>().SaveDraftAsync(_pageId, page.DraftVersion, content, null, "benchmark");
        return result.Version;
    }

    /// <summary>The answer with its round marker set to <paramref name="round"/>: "Round 7. " before the seed's text.</summary>
    private static string Rewritten(string answer, int round) =>
        $"Round {round}. " + (answer.StartsWith("Round ", StringComparison.Ordinal) ? answer[(answer.IndexOf(". ", StringComparison.Ordinal) + 2)..] : answer);

    /// <summary>The characters of the FAQ's page row as stored (the draft less its questions' rows, with its history).</summary>
    public async Task<long> StoredDraftCharactersAsync()
    {
        await using var scope = _database!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        return await db.Database.SqlQuery<long>($"SELECT length(\"Draft\") AS \"Value\" FROM \"Pages\" WHERE \"Id\" = {_pageId}").SingleAsync();
    }

    private Task<int> Version(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ContentDbContext>().Pages.Where(p => p.Id == _pageId).Select(p => p.DraftVersion).SingleAsync();
}
