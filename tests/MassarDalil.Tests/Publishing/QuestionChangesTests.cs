using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;

namespace MassarDalil.Tests.Publishing;

/// <summary>When each question last changed, carried from one revision to the next: one test per rule.</summary>
public class QuestionChangesTests
{
    private static readonly DateTimeOffset Before = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    private static PageContent Faq(string topicTitle = "Signing in", string answer = "Ask the school.") => new()
    {
        Title = "FAQ",
        Topics = [new FaqTopic("login", topicTitle, [new FaqQuestion("forgot", "Forgot?", answer), new FaqQuestion("reset", "Reset?", "Use the link.")])],
    };

    [Fact]
    public void AnUnchangedQuestionKeepsTheTimeThePreviousRevisionRecorded()
    {
        var previous = Faq() with { QuestionsChangedAt = new Dictionary<string, DateTimeOffset> { ["forgot"] = Before, ["reset"] = Before.AddDays(3) } };

        var stamped = QuestionChanges.Stamp(Faq(), previous, Before.AddDays(10), Now);

        Assert.Equal(Before, stamped.QuestionsChangedAt!["forgot"]);
        Assert.Equal(Before.AddDays(3), stamped.QuestionsChangedAt["reset"]);
    }

    [Fact]
    public void AChangedAnswerTakesNow() =>
        Assert.Equal(Now, QuestionChanges.Stamp(Faq(answer: "Ask the director."), Faq(), Before, Now).QuestionsChangedAt!["forgot"]);

    [Fact]
    public void ARenamedTopicChangesEachOfItsQuestions() =>
        Assert.All(QuestionChanges.Stamp(Faq(topicTitle: "Accounts"), Faq(), Before, Now).QuestionsChangedAt!.Values, at => Assert.Equal(Now, at));

    [Fact]
    public void APreviousRevisionWithoutTimesGivesItsOwnTime() =>
        Assert.Equal(Before, QuestionChanges.Stamp(Faq(), Faq(), Before, Now).QuestionsChangedAt!["reset"]);

    [Fact]
    public void ANewQuestionOrFirstRevisionTakesNow() =>
        Assert.All(QuestionChanges.Stamp(Faq(), null, Now, Now).QuestionsChangedAt!.Values, at => Assert.Equal(Now, at));

    [Fact]
    public void APageWithoutQuestionsRecordsNothingAndTheTimesAreNotPartOfEquivalence()
    {
        var guide = new PageContent { Title = "Guide", Body = "Text." };

        Assert.Null(QuestionChanges.Stamp(guide, guide, Before, Now).QuestionsChangedAt);
        Assert.True(QuestionChanges.Stamp(Faq(), null, Now, Now).Equivalent(Faq()));
    }
}
