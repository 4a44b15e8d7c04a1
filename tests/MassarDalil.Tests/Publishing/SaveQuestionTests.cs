using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Publishing;

/// <summary>
/// <see cref="PageEditor.SaveQuestionAsync"/>: one question's text saved in place from the page's row and the question's
/// row alone, under the same merge, history and check rules as a part save.
/// </summary>
public class SaveQuestionTests
{
    private const string A = "a@massar.test", B = "b@massar.test", C = "c@massar.test";

    private static async Task<(PageEditor Editor, Page Page)> OpenAsync(MassarDalil.Content.Data.ContentDbContext db, IServiceProvider services) =>
        (services.GetRequiredService<PageEditor>(), await db.Pages.AsNoTracking().SingleAsync(p => p.SiteKey == "en" && p.Type == PageType.Faq));

    private static (FaqQuestion Question, string Topic) Opened(Page page, string key) =>
        (page.Draft.AllQuestions.Single(q => q.Key == key), FaqChanges.TopicOf(page.Draft, key)!.Key);

    [Fact]
    public async Task SavesOnDifferentQuestionsFromTheSameVersionMergeAndTheSameQuestionIsAskedWithWhoChangedIt()
    {
        using var app = new MassarApp();
        var (first, second, third, stored) = await app.WithDbAsync(async (db, services) =>
        {
            var (editor, page) = await OpenAsync(db, services);
            var (grade, gradeTopic) = Opened(page, "wrong-grade");
            var (nfc, nfcTopic) = Opened(page, "nfc-is-safe");
            var first = await editor.SaveQuestionAsync(page.Id, page.DraftVersion, grade with { Answer = "Ask your teacher first." }, gradeTopic, A);
            var second = await editor.SaveQuestionAsync(page.Id, page.DraftVersion, nfc with { Answer = "Yes, it is safe." }, nfcTopic, B);
            var third = await editor.SaveQuestionAsync(page.Id, page.DraftVersion, grade with { Answer = "Write to the school." }, gradeTopic, C);
            return (first, second, third, await db.Pages.AsNoTracking().SingleAsync(p => p.Id == page.Id));
        });

        Assert.Equal((SaveStatus.Saved, SaveStatus.Saved, SaveStatus.Conflict), (first.Status, second.Status, third.Status));
        Assert.Equal(A, Assert.Single(second.MergedWith).By);
        var conflict = Assert.Single(third.Conflicts);
        Assert.Equal(A, conflict.TheirAuthor);
        Assert.Equal("Ask your teacher first.", stored.Draft.AllQuestions.Single(q => q.Key == "wrong-grade").Answer);
        Assert.Equal("Yes, it is safe.", stored.Draft.AllQuestions.Single(q => q.Key == "nfc-is-safe").Answer);
        Assert.Equal(second.Version, stored.DraftVersion);
    }

    [Fact]
    public async Task AMoveARefusalAndNoChangeAreSavedOrReportedAsAPartSaveWould()
    {
        using var app = new MassarApp();
        var (moved, refused, unchanged, stored) = await app.WithDbAsync(async (db, services) =>
        {
            var (editor, page) = await OpenAsync(db, services);
            var (grade, _) = Opened(page, "wrong-grade");
            var moved = await editor.SaveQuestionAsync(page.Id, page.DraftVersion, grade, "general", A);
            var refused = await editor.SaveQuestionAsync(page.Id, moved.Version, grade with { Answer = string.Concat(Enumerable.Repeat("> ", 200)) + "x" }, "general", A);
            var unchanged = await editor.SaveQuestionAsync(page.Id, moved.Version, grade, "general", A);
            return (moved, refused, unchanged, await db.Pages.AsNoTracking().SingleAsync(p => p.Id == page.Id));
        });

        Assert.True(moved is { Status: SaveStatus.Saved, Changed: true });
        var topic = stored.Draft.Topics.Single(t => t.Key == "general");
        Assert.Equal("wrong-grade", topic.Questions[^1].Key);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal((ProblemCode.TooDeeplyNested, $"Topics[{stored.Draft.Topics.ToList().IndexOf(topic)}].Questions[{topic.Questions.Count - 1}].Answer"), (problem.Code, problem.Field));
        Assert.True(unchanged is { Status: SaveStatus.Saved, Changed: false });
        Assert.Equal(moved.Version, stored.DraftVersion);
    }
}
