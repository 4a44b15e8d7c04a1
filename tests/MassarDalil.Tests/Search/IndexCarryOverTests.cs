using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Search;

/// <summary>
/// Every publish rebuilds the search index on every server; a language whose published content and synonyms did not
/// change keeps its index (the same reader, carried into the new generation), and an index closes only once no
/// generation serves it any more.
/// </summary>
public class IndexCarryOverTests
{
    [Fact]
    public async Task APublishInOneLanguageIndexesOnlyThatLanguageAndTheOthersStillAnswer()
    {
        using var app = new MassarApp();
        var index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        var before = Languages(index);

        await IndexRebuildTests.PublishQuestionAsync(app, "en", "zanzibar", "Is Zanzibar in Massar?", "No, Zanzibar is not.");
        index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        var after = Languages(index);

        Assert.Equal(["ar", "en", "fr"], after.Keys.Order());
        Assert.Same(before["ar"], after["ar"]);
        Assert.Same(before["fr"], after["fr"]);
        Assert.NotSame(before["en"], after["en"]);
        await ClosesAsync(before["en"]);
        Assert.False(after["ar"].Closed);
        Assert.Equal("/en/faq#zanzibar", Assert.Single((await index.SearchAsync("en", "zanzibar")).Hits).Url);
        Assert.Contains("forgot-password", (await index.SearchAsync("ar", "كلمة السر")).Hits.Select(h => h.Key));
        Assert.Contains("forgot-password", (await index.SearchAsync("fr", "mot de passe")).Hits.Select(h => h.Key));
    }

    [Fact]
    public async Task AnIndexCarriedThroughSeveralPublishesStaysOpenUntilNoGenerationHoldsIt()
    {
        using var app = new MassarApp();
        var index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        var first = Languages(index);

        await IndexRebuildTests.PublishQuestionAsync(app, "en", "zanzibar", "Is Zanzibar in Massar?", "No, Zanzibar is not.");
        await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        await IndexRebuildTests.PublishQuestionAsync(app, "fr", "zanzibar", "Zanzibar est-il dans Massar ?", "Non, Zanzibar n'y est pas.");
        index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        var third = Languages(index);

        Assert.Same(first["ar"], third["ar"]);
        await ClosesAsync(first["fr"]);
        Assert.False(first["ar"].Closed);
        Assert.Equal("/fr/faq#zanzibar", Assert.Single((await index.SearchAsync("fr", "zanzibar")).Hits).Url);
        Assert.Contains("forgot-password", (await index.SearchAsync("ar", "كلمة السر")).Hits.Select(h => h.Key));

        await IndexRebuildTests.PublishQuestionAsync(app, "ar", "zanzibar", "هل زنجبار في مسار؟", "لا، ليست فيه.");
        index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);

        await ClosesAsync(first["ar"]);
        Assert.Equal("/ar/faq#zanzibar", Assert.Single((await index.SearchAsync("ar", "زنجبار")).Hits).Url);
    }

    [Fact]
    public async Task ANewContentVersionWithNothingSearchedChangedIndexesNoLanguageAgain()
    {
        using var app = new MassarApp();
        var index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        var before = Languages(index);

        await app.WithDbAsync(db => db.ContentState.ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1)));
        index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);

        Assert.All(Languages(index), language => Assert.Same(before[language.Key], language.Value));
    }

    [Fact]
    public async Task ASynonymEditIndexesEveryLanguageAgain()
    {
        using var app = new MassarApp();
        var index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        var before = Languages(index);

        await app.WithDbAsync((_, services) => services.GetRequiredService<SynonymService>()
            .CreateAsync(["password", "xylopass", "كلمة المرور", "زيلوباس"], "editor@example.com"));
        index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);

        Assert.All(Languages(index), language => Assert.NotSame(before[language.Key], language.Value));
        foreach (var old in before.Values)
        {
            await ClosesAsync(old);
        }
        Assert.Equal("forgot-password", (await index.SearchAsync("en", "xylopass")).Hits[0].Key);
        Assert.Contains("forgot-password", (await index.SearchAsync("ar", "زيلوباس")).Hits.Select(h => h.Key));
    }

    /// <summary>
    /// A reader searches each language in turn while three publishes, one per language, replace the index and carry
    /// the other languages over: a search holds its generation, so none reads an index closed under it, and each finds
    /// what the seed answers.
    /// </summary>
    [Fact]
    public async Task SearchesInEveryLanguageKeepAnsweringWhilePublishesReplaceTheIndex()
    {
        using var app = new MassarApp();
        var index = await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        using var stop = new CancellationTokenSource();
        var searches = 0;
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var (language, text) = Queries[searches++ % Queries.Length];
                Assert.Contains("forgot-password", (await index.SearchAsync(language, text)).Hits.Select(h => h.Key));
            }
        });

        foreach (var site in new[] { "en", "fr", "ar" })
        {
            await IndexRebuildTests.PublishQuestionAsync(app, site, "zanzibar", "Zanzibar", "Zanzibar.");
            await IndexRebuildTests.IndexAtCurrentVersionAsync(app);
        }
        await stop.CancelAsync();
        await reader;

        Assert.True(searches >= Queries.Length, $"{searches} searches");
        Assert.Single((await index.SearchAsync("ar", "zanzibar")).Hits);
    }

    private static readonly (string Language, string Text)[] Queries = [("ar", "كلمة السر"), ("en", "password"), ("fr", "mot de passe")];

    /// <summary>The indexer retires the generation before just after the new one is visible, so a moment later.</summary>
    private static async Task ClosesAsync(LanguageIndex index)
    {
        await Eventually.WithinAsync(TimeSpan.FromSeconds(5), () => Task.FromResult(index.Closed));
        Assert.True(index.Closed, "an index no generation serves any more is still open");
    }

    internal static Dictionary<string, LanguageIndex> Languages(SearchIndex index)
    {
        var generation = index.BorrowCurrent() ?? throw new InvalidOperationException("no index yet");
        try
        {
            return new[] { "ar", "en", "fr" }.Where(l => generation.For(l) is not null).ToDictionary(l => l, l => generation.For(l)!);
        }
        finally
        {
            generation.GiveBack();
        }
    }
}
