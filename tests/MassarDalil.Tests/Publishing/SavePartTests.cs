using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Publishing;

/// <summary>
/// <see cref="PageEditor.SavePartAsync"/>: one part of a draft saved from the version its editor opened, checked
/// where it changed, merged like any save.
/// </summary>
public class SavePartTests
{
    private static readonly string Deep = string.Concat(Enumerable.Repeat("> ", 200)) + "x";

    private static Func<PageContent, PageContent> Answer(string key, string text) =>
        c => FaqChanges.ReplaceQuestion(c, key, c.AllQuestions.First(q => q.Key == key) with { Answer = text });

    [Fact]
    public async Task APartIsCheckedWhereItChangedSoAnOldUnrenderableAnswerElsewhereDoesNotBlockIt()
    {
        using var app = new MassarApp();
        var (part, whole, refused, stored) = await app.WithDbAsync(async (db, services) =>
        {
            var page = await db.Pages.SingleAsync(p => p.SiteKey == "en" && p.Type == PageType.Faq);
            // Text stored before the save check existed.
            page.Draft = Answer("nfc-is-safe", Deep)(page.Draft);
            await db.SaveChangesAsync();
            var editor = services.GetRequiredService<PageEditor>();
            var part = await editor.SavePartAsync(page.Id, page.DraftVersion, Answer("wrong-grade", "Ask your teacher."), "editor@massar.test");
            var whole = await editor.SaveDraftAsync(page.Id, part.Version, Answer("wrong-grade", "Ask the school.")(part.Content!), null, "editor@massar.test");
            var refused = await editor.SavePartAsync(page.Id, part.Version, Answer("forgot-username", Deep), "editor@massar.test");
            db.ChangeTracker.Clear();
            return (part, whole, refused, await db.Pages.AsNoTracking().SingleAsync(p => p.Id == page.Id));
        });

        Assert.Equal(SaveStatus.Saved, part.Status);
        Assert.Equal(SaveStatus.Invalid, whole.Status); // the whole form checks everything, as before
        Assert.Equal(SaveStatus.Invalid, refused.Status);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(ProblemCode.TooDeeplyNested, problem.Code);
        Assert.EndsWith(".Answer", problem.Field, StringComparison.Ordinal);
        Assert.Equal("Ask your teacher.", stored.Draft.AllQuestions.Single(q => q.Key == "wrong-grade").Answer);
        Assert.Equal(part.Version, stored.DraftVersion);
    }

    [Fact]
    public async Task APartSavedOnAnOlderVersionIsAppliedToThatVersionAndMergedWithLaterSaves()
    {
        using var app = new MassarApp();
        var (first, second, stored) = await app.WithDbAsync(async (db, services) =>
        {
            var page = await db.Pages.AsNoTracking().SingleAsync(p => p.SiteKey == "en" && p.Type == PageType.Faq);
            var editor = services.GetRequiredService<PageEditor>();
            var first = await editor.SavePartAsync(page.Id, page.DraftVersion, c => FaqChanges.MoveQuestion(c, "wrong-grade", "general"), "a@massar.test");
            // Opened before the move: the change is made to what this editor saw, and the move stays.
            var second = await editor.SavePartAsync(page.Id, page.DraftVersion, Answer("wrong-grade", "Ask your teacher."), "b@massar.test");
            return (first, second, await db.Pages.AsNoTracking().SingleAsync(p => p.Id == page.Id));
        });

        Assert.Equal((SaveStatus.Saved, SaveStatus.Saved), (first.Status, second.Status));
        Assert.Equal("a@massar.test", Assert.Single(second.MergedWith).By);
        var topic = FaqChanges.TopicOf(stored.Draft, "wrong-grade")!;
        Assert.Equal(("general", "Ask your teacher."), (topic.Key, topic.Questions.Single(q => q.Key == "wrong-grade").Answer));
    }

    [Fact]
    public void MovingToATopicThatIsNotThereOrOfAQuestionThatIsNotThereChangesNothing()
    {
        var faq = new PageContent
        {
            Title = "FAQ",
            Topics = [new FaqTopic("a", "A", [new FaqQuestion("q1", "Q1?", "1"), new FaqQuestion("q2", "Q2?", "2")]), new FaqTopic("b", "B", [new FaqQuestion("q3", "Q3?", "3")])],
        };

        Assert.Same(faq, FaqChanges.MoveQuestion(faq, "q1", "missing"));
        Assert.Same(faq, FaqChanges.MoveQuestion(faq, "missing", "b"));
        Assert.Same(faq, FaqChanges.MoveQuestion(faq, "q1", "a"));
        var moved = FaqChanges.MoveQuestion(faq, "q1", "b");
        Assert.Equal([["q2"], ["q3", "q1"]], moved.Topics.Select(t => t.Questions.Select(q => q.Key).ToArray()).ToArray());
    }
}
