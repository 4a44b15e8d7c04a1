using MassarDalil.Content.Feedback;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Feedback;

/// <summary>The engine's feedback service, as the manager will call it.</summary>
public class AnswerFeedbackTests
{
    private static async Task VoteAsync(MassarApp app, string language, string key, bool helpful, FeedbackReason? reason = null, string? browser = null) =>
        await app.WithDbAsync((_, services) => services.GetRequiredService<AnswerFeedback>()
            .VoteAsync(language, key, helpful, reason, browser ?? AnswerFeedback.NewBrowserToken()));

    private static Task<IReadOnlyList<AnswerScore>> LeastHelpfulAsync(MassarApp app, int minimumVotes = 1, string? language = null) =>
        app.WithDbAsync((_, services) => services.GetRequiredService<AnswerFeedback>().LeastHelpfulAsync(minimumVotes: minimumVotes, language: language));

    [Fact]
    public async Task LeastHelpfulAnswersComeFirstWithTheirReasonsAndTitles()
    {
        using var app = new MassarApp();
        await VoteAsync(app, "en", "pass-mark", false, FeedbackReason.Outdated);
        await VoteAsync(app, "en", "pass-mark", false, FeedbackReason.Unclear);
        await VoteAsync(app, "en", "pass-mark", true);
        await VoteAsync(app, "en", "free-to-use", true);
        await VoteAsync(app, "ar", "nfc-is-safe", false);

        var scores = await LeastHelpfulAsync(app);

        Assert.Equal(["ar/nfc-is-safe", "en/pass-mark", "en/free-to-use"], scores.Select(s => $"{s.Language}/{s.QuestionKey}"));
        var passMark = scores[1];
        Assert.Equal((1, 2, 1, 1, 0), (passMark.Yes, passMark.No, passMark.Unclear, passMark.Outdated, passMark.NotAnswered));
        Assert.Equal("What is the pass mark in Massar?", passMark.Question);
        Assert.Equal("grades", passMark.TopicKey);
        Assert.Equal(1 / 3.0, passMark.HelpfulShare, 3);
    }

    [Fact]
    public async Task AMinimumNumberOfVotesAndALanguageNarrowTheList()
    {
        using var app = new MassarApp();
        await VoteAsync(app, "en", "pass-mark", false);
        await VoteAsync(app, "en", "pass-mark", true);
        await VoteAsync(app, "en", "free-to-use", false);
        await VoteAsync(app, "ar", "pass-mark", false);
        await VoteAsync(app, "ar", "pass-mark", false);

        Assert.Equal(["ar/pass-mark", "en/pass-mark"], (await LeastHelpfulAsync(app, minimumVotes: 2)).Select(s => $"{s.Language}/{s.QuestionKey}"));
        Assert.Equal(["en/free-to-use", "en/pass-mark"], (await LeastHelpfulAsync(app, language: "en")).Select(s => $"{s.Language}/{s.QuestionKey}"));
    }

    [Fact]
    public async Task VotesForQuestionsThatDoNotExistAreNotStored()
    {
        using var app = new MassarApp();
        var outcome = await app.WithDbAsync((_, services) => services.GetRequiredService<AnswerFeedback>()
            .VoteAsync("en", "no-such-key", true, null, AnswerFeedback.NewBrowserToken()));

        Assert.Equal(VoteOutcome.UnknownQuestion, outcome);
        Assert.Empty(await LeastHelpfulAsync(app));
    }

    [Fact]
    public async Task AYesDropsAnyReason()
    {
        using var app = new MassarApp();
        var browser = AnswerFeedback.NewBrowserToken();
        await VoteAsync(app, "en", "pass-mark", false, FeedbackReason.Unclear, browser);
        await VoteAsync(app, "en", "pass-mark", true, FeedbackReason.Unclear, browser);

        var score = Assert.Single(await LeastHelpfulAsync(app));
        Assert.Equal((1, 0, 0), (score.Yes, score.No, score.Unclear));
    }
}
