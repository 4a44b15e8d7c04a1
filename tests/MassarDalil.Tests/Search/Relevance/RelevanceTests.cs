using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MassarDalil.Tests.Search.Relevance;

/// <summary>
/// Runs the relevance set through the site's own search on the seeded database and holds each group of ways
/// of writing to the level it has reached, so a change to the analyzers, the lexicon or the seed that loses
/// answers fails here with the queries it lost.
/// </summary>
public class RelevanceTests(ITestOutputHelper output)
{
    // The level each group reached; raise a floor when the figures improve, never lower one to make a change pass.
    private static readonly Dictionary<string, (double RecallAt3, double Mrr)> Floors = new(StringComparer.Ordinal)
    {
        ["msa"] = (1.0, 0.985),
        ["darija-ar"] = (1.0, 0.99),
        ["latin"] = (1.0, 1.0),
        ["en"] = (1.0, 0.985),
        ["fr"] = (1.0, 1.0),
    };

    [Fact]
    public void TheSetHasAtLeastThirtyQueriesInEveryGroupAndOneHundredFiftyInAll()
    {
        var queries = RelevanceSet.Load();

        Assert.True(queries.Count >= 150, $"{queries.Count} queries");
        Assert.Equal(Floors.Keys.Order(), queries.Select(q => q.Group).Distinct().Order());
        Assert.All(queries.GroupBy(q => q.Group), g => Assert.True(g.Count() >= 30, $"{g.Key}: {g.Count()} queries"));
    }

    [Fact]
    public async Task EveryGroupOfWaysOfWritingFindsItsAnswersInTheTopThree()
    {
        using var app = new MassarApp();
        var scores = await RelevanceSet.ScoreAsync(app.Services.GetRequiredService<SearchIndex>(), RelevanceSet.Load());

        foreach (var score in scores)
        {
            output.WriteLine(score.ToString());
        }
        foreach (var score in scores)
        {
            foreach (var miss in score.Misses)
            {
                output.WriteLine($"  miss {score.Group}: {miss}");
            }
        }
        Assert.All(scores, score =>
        {
            var floor = Floors[score.Group];
            Assert.True(score.RecallAt3 >= floor.RecallAt3 && score.Mrr >= floor.Mrr,
                $"{score} is below its floor (recall@3 {floor.RecallAt3}, MRR {floor.Mrr}):\n{string.Join('\n', score.Misses)}");
        });
    }
}
