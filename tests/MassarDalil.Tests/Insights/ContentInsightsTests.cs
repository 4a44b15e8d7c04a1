using MassarDalil.Content.Feedback;
using MassarDalil.Content.Insights;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Insights;

/// <summary>The figures the manager's dashboard draws (<see cref="DashboardChartTests"/>).</summary>
public class ContentInsightsTests
{
    private static Task<T> WithInsightsAsync<T>(MassarApp app, Func<ContentInsights, Task<T>> work) =>
        app.WithDbAsync((_, services) => work(services.GetRequiredService<ContentInsights>()));

    [Fact]
    public async Task QuestionsAreCountedPerTopicAndLanguage()
    {
        using var app = new MassarApp();
        var counts = await WithInsightsAsync(app, i => i.QuestionsPerTopicAsync("en"));

        Assert.Equal(8, counts.Count);
        Assert.Equal(("general", "General questions"), (counts[0].TopicKey, counts[0].Title));
        Assert.Equal(5, counts[0].PerLanguage["ar"]);
        Assert.Equal(5, counts[0].PerLanguage["en"]);
        Assert.Equal(34, counts.Sum(c => c.PerLanguage["ar"]));
        Assert.Equal("أسئلة عامة", (await WithInsightsAsync(app, i => i.QuestionsPerTopicAsync("ar")))[0].Title);
    }

    [Fact]
    public async Task HelpfulVotesAreSummedPerTopicOverBothLanguages()
    {
        using var app = new MassarApp();
        await app.WithDbAsync(async (_, services) =>
        {
            var feedback = services.GetRequiredService<AnswerFeedback>();
            await feedback.VoteAsync("en", "pass-mark", true, null, AnswerFeedback.NewBrowserToken());
            await feedback.VoteAsync("ar", "wrong-grade", false, FeedbackReason.Unclear, AnswerFeedback.NewBrowserToken());
            return await feedback.VoteAsync("en", "nfc-is-safe", false, null, AnswerFeedback.NewBrowserToken());
        });

        var votes = await WithInsightsAsync(app, i => i.HelpfulVotesPerTopicAsync("en"));

        Assert.Equal((1, 1), votes.Where(v => v.TopicKey == "grades").Select(v => (v.Yes, v.No)).Single());
        Assert.Equal((0, 1), votes.Where(v => v.TopicKey == "digital-id").Select(v => (v.Yes, v.No)).Single());
        Assert.Equal((0, 0), votes.Where(v => v.TopicKey == "general").Select(v => (v.Yes, v.No)).Single());
    }
}
