using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;

namespace MassarDalil.Tests.Manager;

public class ConflictMergeTests
{
    private static readonly PageContent Theirs = new()
    {
        Title = "Their title",
        Topics = [new FaqTopic("a", "A", [new FaqQuestion("one", "One?", "their one"), new FaqQuestion("new", "New?", "only theirs")])],
    };

    private static readonly PageContent Mine = new()
    {
        Title = "My title",
        Topics = [new FaqTopic("a", "A", [new FaqQuestion("one", "One?", "my one"), new FaqQuestion("two", "Two?", "only mine")])],
    };

    [Fact]
    public void NothingChosenKeepsMine() => Assert.True(ConflictMerge.Apply(Mine, Theirs, new Dictionary<string, string>()).Equivalent(Mine));

    [Fact]
    public void ChosenPartsComeFromTheirsAndTheRestStaysMine()
    {
        var merged = ConflictMerge.Apply(Mine, Theirs, new Dictionary<string, string>
        {
            [ConflictMerge.Field("Title")] = ConflictMerge.Theirs,
            [ConflictMerge.Question("one")] = ConflictMerge.Theirs,
            [ConflictMerge.Question("new")] = ConflictMerge.Theirs,
            [ConflictMerge.Question("two")] = "mine",
        });

        Assert.Equal("Their title", merged.Title);
        Assert.Equal(["their one", "only mine", "only theirs"], merged.AllQuestions.Select(q => q.Answer));
    }

    [Fact]
    public void ChoosingTheirsForAQuestionTheyRemovedRemovesIt()
    {
        var merged = ConflictMerge.Apply(Mine, Theirs, new Dictionary<string, string> { [ConflictMerge.Question("two")] = ConflictMerge.Theirs });

        Assert.Equal(["one"], merged.AllQuestions.Select(q => q.Key));
    }
}
