using MassarDalil.Content.Merging;
using MassarDalil.Content.Pages;
using static MassarDalil.Tests.Merging.FaqEdits;

namespace MassarDalil.Tests.Merging;

/// <summary>
/// The three-way merge, family by family: what one side changed is taken, what both changed the same way is taken
/// once, and only the same thing changed differently is a conflict (with both values, and the choice applied).
/// </summary>
public class ThreeWayMergeTests
{
    private static MergeResult Merge(PageContent theirs, PageContent mine, Dictionary<string, string>? choices = null) =>
        ThreeWayMerge.Merge(Base, theirs, mine, choices);

    private static void AssertClean(MergeResult result) => Assert.Empty(result.Conflicts);

    // edit/edit

    [Fact]
    public void EditsToDifferentQuestionsBothStay()
    {
        var result = Merge(Base.Answer("wrong-grade", "Ask your teacher first."), Base.Answer("nfc-is-safe", "Yes: the chip is read only."));

        AssertClean(result);
        Assert.Equal("Ask your teacher first.", result.Merged.Question("wrong-grade").Answer);
        Assert.Equal("Yes: the chip is read only.", result.Merged.Question("nfc-is-safe").Answer);
        Assert.Equal(Base.Topics.Select(t => t.Key), result.Merged.Topics.Select(t => t.Key));
    }

    [Fact]
    public void OneChangingTheQuestionAndTheOtherItsAnswerMerge()
    {
        var result = Merge(Base.Ask("wrong-grade", "A grade is wrong: what now?"), Base.Answer("wrong-grade", "Ask your teacher first."));

        AssertClean(result);
        Assert.Equal(new FaqQuestion("wrong-grade", "A grade is wrong: what now?", "Ask your teacher first."), result.Merged.Question("wrong-grade"));
    }

    [Fact]
    public void TheSameAnswerChangedDifferentlyIsAskedWithBothTextsAndFollowsTheChoice()
    {
        var (theirs, mine) = (Base.Answer("wrong-grade", "Theirs."), Base.Answer("wrong-grade", "Mine."));

        var asked = Merge(theirs, mine);
        var conflict = Assert.Single(asked.Unresolved);
        Assert.Equal(("q:wrong-grade/answer", ConflictKind.QuestionAnswer, "wrong-grade", "Theirs.", "Mine."),
            (conflict.Choice, conflict.Kind, conflict.Subject, conflict.Theirs, conflict.Mine));

        Assert.Equal("Theirs.", Merge(theirs, mine, new() { ["q:wrong-grade/answer"] = "theirs" }).Merged.Question("wrong-grade").Answer);
        var kept = Merge(theirs, mine, new() { ["q:wrong-grade/answer"] = "mine" });
        Assert.Empty(kept.Unresolved);
        Assert.Equal("Mine.", kept.Merged.Question("wrong-grade").Answer);
    }

    [Fact]
    public void TheSameChangeOnBothSidesIsNoConflict() =>
        AssertClean(Merge(Base.Answer("wrong-grade", "Same."), Base.Answer("wrong-grade", "Same.")));

    [Theory]
    [InlineData("Title")]
    [InlineData("Description")]
    [InlineData("Body")]
    public void PageFieldsMergeOnTheirOwnAndAskOnlyWhenBothChangedThem(string field)
    {
        PageContent With(string value) => field switch
        {
            "Title" => Base with { Title = value },
            "Description" => Base with { Description = value },
            _ => Base with { Body = value },
        };
        string Read(PageContent c) => field switch { "Title" => c.Title, "Description" => c.Description, _ => c.Body };

        var one = Merge(Base.Answer("wrong-grade", "Theirs."), With("Mine"));
        AssertClean(one);
        Assert.Equal(("Mine", "Theirs."), (Read(one.Merged), one.Merged.Question("wrong-grade").Answer));
        Assert.Equal("Theirs", Read(Merge(With("Theirs"), Base).Merged));

        var both = Merge(With("Theirs"), With("Mine"));
        Assert.Equal(("f:" + field, "Theirs", "Mine"), (both.Unresolved.Single().Choice, both.Unresolved.Single().Theirs, both.Unresolved.Single().Mine));
    }

    [Fact]
    public void TheAddressMergesLikeAField()
    {
        var one = ThreeWayMerge.Merge(Base, Base, Base, null, ("old", "old", "new"));
        Assert.Equal("new", one.Slug);
        var both = ThreeWayMerge.Merge(Base, Base, Base, null, ("old", "theirs", "mine"));
        Assert.Equal("f:Slug", both.Unresolved.Single().Choice);
    }

    // edit/move

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnEditAndAMoveOfTheSameQuestionBothApply(bool theyMove)
    {
        var (moved, edited) = (Base.Move("wrong-grade", "login", 0), Base.Answer("wrong-grade", "Edited."));

        var result = theyMove ? Merge(moved, edited) : Merge(edited, moved);

        AssertClean(result);
        Assert.Equal("login", result.Merged.TopicOf("wrong-grade"));
        Assert.Equal("wrong-grade", result.Merged.Keys("login").First());
        Assert.Equal("Edited.", result.Merged.Question("wrong-grade").Answer);
    }

    // move/move

    [Fact]
    public void TheSameQuestionMovedToDifferentTopicsIsAsked()
    {
        var (theirs, mine) = (Base.Move("wrong-grade", "nfc"), Base.Move("wrong-grade", "login"));

        var conflict = Assert.Single(Merge(theirs, mine).Unresolved);
        Assert.Equal(("q:wrong-grade/topic", ConflictKind.QuestionTopic, "nfc", "login"), (conflict.Choice, conflict.Kind, conflict.Theirs, conflict.Mine));

        var chosen = Merge(theirs, mine, new() { ["q:wrong-grade/topic"] = "theirs" });
        Assert.Empty(chosen.Unresolved);
        Assert.Equal("nfc", chosen.Merged.TopicOf("wrong-grade"));
        Assert.Single(chosen.Merged.AllQuestions, q => q.Key == "wrong-grade");
    }

    [Fact]
    public void DifferentQuestionsMovedToDifferentTopicsBothMove()
    {
        var result = Merge(Base.Move("wrong-grade", "nfc"), Base.Move("forgot-password", "grades", 0));

        AssertClean(result);
        Assert.Equal(("nfc", "grades"), (result.Merged.TopicOf("wrong-grade"), result.Merged.TopicOf("forgot-password")));
        Assert.Equal(["forgot-password", "when-grades-appear", "pass-mark"], result.Merged.Keys("grades"));
        Assert.Equal(["nfc-is-safe", "nfc-phone-support", "wrong-grade"], result.Merged.Keys("nfc"));
    }

    [Fact]
    public void TheSameMoveOnBothSidesIsNoConflict()
    {
        var result = Merge(Base.Move("wrong-grade", "nfc", 1), Base.Move("wrong-grade", "nfc", 1));

        AssertClean(result);
        Assert.Equal(["nfc-is-safe", "wrong-grade", "nfc-phone-support"], result.Merged.Keys("nfc"));
    }

    // reorder/reorder

    [Fact]
    public void ReordersOfDifferentQuestionsInOneTopicBothApply()
    {
        // Theirs: forgot-username to the end. Mine: incorrect-password to the start.
        var result = Merge(Base.Move("forgot-username", "login"), Base.Move("incorrect-password", "login", 0));

        AssertClean(result);
        Assert.Equal(["incorrect-password", "forgot-password", "reset-email-missing", "forgot-username"], result.Merged.Keys("login"));
    }

    [Fact]
    public void TheSameQuestionMovedToDifferentPlacesInItsTopicIsAsked()
    {
        var (theirs, mine) = (Base.Move("forgot-username", "login"), Base.Move("forgot-username", "login", 2));

        var conflict = Assert.Single(Merge(theirs, mine).Unresolved);
        Assert.Equal(("q:forgot-username/position", ConflictKind.QuestionPosition, "incorrect-password", "reset-email-missing"),
            (conflict.Choice, conflict.Kind, conflict.Theirs, conflict.Mine));
        var chosen = Merge(theirs, mine, new() { ["q:forgot-username/position"] = "mine" }).Merged;
        Assert.Equal(["forgot-password", "reset-email-missing", "forgot-username", "incorrect-password"], chosen.Keys("login"));
    }

    [Fact]
    public void TopicOrderAndTopicTitlesMergeAsPositionsAndFields()
    {
        var result = Merge(Base.OrderTopics("login", "grades", "nfc"), Base.RenameTopic("nfc", "NFC digital ID").Answer("pass-mark", "10/20."));

        AssertClean(result);
        Assert.Equal(["login", "grades", "nfc"], result.Merged.Topics.Select(t => t.Key));
        Assert.Equal("NFC digital ID", result.Merged.Topics[2].Title);

        var both = Merge(Base.RenameTopic("nfc", "Theirs"), Base.RenameTopic("nfc", "Mine"));
        Assert.Equal("t:nfc/title", both.Unresolved.Single().Choice);
    }

    // add/add

    [Fact]
    public void QuestionsAddedWithDifferentKeysBothStayInOrder()
    {
        var result = Merge(Base.Add("nfc", Q("nfc-lost-card")), Base.Add("nfc", Q("nfc-new-phone"), 0));

        AssertClean(result);
        Assert.Equal(["nfc-new-phone", "nfc-is-safe", "nfc-phone-support", "nfc-lost-card"], result.Merged.Keys("nfc"));
    }

    [Fact]
    public void TheSameKeyAddedWithDifferentTextIsAskedAndIdenticalAdditionsAreOne()
    {
        var conflict = Merge(Base.Add("nfc", Q("nfc-lost-card", "Theirs.")), Base.Add("nfc", Q("nfc-lost-card", "Mine."))).Unresolved.Single();
        Assert.Equal(("q:nfc-lost-card/answer", "Theirs.", "Mine."), (conflict.Choice, conflict.Theirs, conflict.Mine));

        var same = Merge(Base.Add("nfc", Q("nfc-lost-card")), Base.Add("nfc", Q("nfc-lost-card")));
        AssertClean(same);
        Assert.Single(same.Merged.AllQuestions, q => q.Key == "nfc-lost-card");

        var elsewhere = Merge(Base.Add("nfc", Q("nfc-lost-card")), Base.Add("login", Q("nfc-lost-card")));
        Assert.Equal("q:nfc-lost-card/topic", elsewhere.Unresolved.Single().Choice);
    }

    [Fact]
    public void TheSameTopicKeyAddedWithDifferentTitlesIsAsked()
    {
        var result = Merge(Base.AddTopic(new FaqTopic("bac", "Baccalaureate", [])), Base.AddTopic(new FaqTopic("bac", "The bac", [])));

        Assert.Equal(("t:bac/title", "Baccalaureate", "The bac"), (result.Unresolved.Single().Choice, result.Unresolved.Single().Theirs, result.Unresolved.Single().Mine));
    }

    // delete/edit

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ARemovedQuestionTheOtherChangedIsAskedAndNeverDroppedUnchosen(bool theyRemove)
    {
        var (removed, edited) = (Base.Remove("wrong-grade"), Base.Answer("wrong-grade", "Edited."));
        var (theirs, mine) = theyRemove ? (removed, edited) : (edited, removed);
        var (remover, keeper) = theyRemove ? ("theirs", "mine") : ("mine", "theirs");

        var conflict = Merge(theirs, mine).Unresolved.Single();
        Assert.Equal(("q:wrong-grade", ConflictKind.QuestionRemoved), (conflict.Choice, conflict.Kind));
        Assert.Null(theyRemove ? conflict.Theirs : conflict.Mine);
        Assert.Contains("Edited.", theyRemove ? conflict.Mine : conflict.Theirs);

        Assert.DoesNotContain(Merge(theirs, mine, new() { ["q:wrong-grade"] = remover }).Merged.AllQuestions, q => q.Key == "wrong-grade");
        Assert.Equal("Edited.", Merge(theirs, mine, new() { ["q:wrong-grade"] = keeper }).Merged.Question("wrong-grade").Answer);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AQuestionRemovedOnOneSideAndMovedToAnotherTopicOnTheOtherIsAsked(bool theyRemove)
    {
        var (removed, moved) = (Base.Remove("wrong-grade"), Base.Move("wrong-grade", "login"));

        var result = theyRemove ? Merge(removed, moved) : Merge(moved, removed);

        Assert.Equal("q:wrong-grade", result.Unresolved.Single().Choice);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AQuestionRemovedOnOneSideAndUntouchedOnTheOtherGoes(bool theyRemove)
    {
        var (removed, other) = (Base.Remove("wrong-grade"), Base.Answer("pass-mark", "10/20."));

        var result = theyRemove ? Merge(removed, other) : Merge(other, removed);

        AssertClean(result);
        Assert.DoesNotContain(result.Merged.AllQuestions, q => q.Key == "wrong-grade");
        Assert.Equal("10/20.", result.Merged.Question("pass-mark").Answer);
    }

    [Fact]
    public void ATopicRemovedOnOneSideAndUntouchedOnTheOtherGoesWithItsQuestions()
    {
        var result = Merge(Base.RemoveTopic("nfc"), Base.Answer("wrong-grade", "Edited."));

        AssertClean(result);
        Assert.Equal(["grades", "login"], result.Merged.Topics.Select(t => t.Key));
        Assert.DoesNotContain(result.Merged.AllQuestions, q => q.Key.StartsWith("nfc", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("renamed")]
    [InlineData("answer")]
    [InlineData("added")]
    [InlineData("moved in")]
    public void ATopicRemovedOnOneSideThatTheOtherChangedIsAskedOnceAsAWhole(string change)
    {
        var changed = change switch
        {
            "renamed" => Base.RenameTopic("nfc", "NFC"),
            "answer" => Base.Answer("nfc-is-safe", "Edited."),
            "added" => Base.Add("nfc", Q("nfc-lost-card")),
            _ => Base.Move("wrong-grade", "nfc"),
        };
        var removed = Base.RemoveTopic("nfc");

        var conflict = Merge(removed, changed).Unresolved.Single();
        Assert.Equal(("t:nfc", ConflictKind.TopicRemoved), (conflict.Choice, conflict.Kind));
        Assert.Null(conflict.Theirs);

        var kept = Merge(removed, changed, new() { ["t:nfc"] = "mine" }).Merged;
        Assert.Empty(Merge(removed, changed, new() { ["t:nfc"] = "mine" }).Unresolved);
        Assert.True(kept.Equivalent(changed), "keeping the topic keeps every change made in it");
        var gone = Merge(removed, changed, new() { ["t:nfc"] = "theirs" });
        Assert.Empty(gone.Unresolved);
        Assert.DoesNotContain(gone.Merged.Topics, t => t.Key == "nfc");
    }

    // no base

    [Fact]
    public void WithNoBaseEveryDifferenceIsAskedAndNothingIsTakenSilently()
    {
        var theirs = Base.Answer("wrong-grade", "Theirs.").Remove("pass-mark");
        var mine = Base.Answer("nfc-is-safe", "Mine.") with { Title = "My FAQ" };

        var result = ThreeWayMerge.Merge(null, theirs, mine);

        Assert.Equal(["f:Title", "q:wrong-grade/answer", "q:nfc-is-safe/answer", "q:pass-mark"], result.Unresolved.Select(c => c.Choice));
        var all = result.Unresolved.ToDictionary(c => c.Choice, _ => "theirs");
        Assert.True(ThreeWayMerge.Merge(null, theirs, mine, all).Merged.Equivalent(theirs));
        var none = result.Unresolved.ToDictionary(c => c.Choice, _ => "mine");
        Assert.True(ThreeWayMerge.Merge(null, theirs, mine, none).Merged.Equivalent(mine));
    }

    // the promise: disjoint changes never lose anything

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void ChangesToDifferentQuestionsNeverLoseOneAnother(int seed)
    {
        var random = new Random(seed);
        var keys = Base.AllQuestions.Select(q => q.Key).OrderBy(_ => random.Next()).ToList();
        var (theirKeys, myKeys) = (keys.Take(4).ToList(), keys.Skip(4).ToList());
        var topics = Base.Topics.Select(t => t.Key).ToList();
        PageContent Edit(PageContent content, List<string> mine, string who) => mine.Aggregate(content, (c, key) => random.Next(3) switch
        {
            0 => c.Answer(key, $"{who} edited {key}."),
            1 => c.Move(key, topics[random.Next(topics.Count)], 0).Answer(key, $"{who} moved {key}."),
            _ => c.Remove(key),
        });

        var (theirs, mine) = (Edit(Base, theirKeys, "They"), Edit(Base, myKeys, "I"));
        var result = Merge(theirs, mine);

        Assert.Empty(result.Conflicts);
        foreach (var (side, owned) in new[] { (theirs, theirKeys), (mine, myKeys) })
        {
            foreach (var key in owned)
            {
                var expected = side.AllQuestions.SingleOrDefault(q => q.Key == key);
                Assert.Equal(expected, result.Merged.AllQuestions.SingleOrDefault(q => q.Key == key));
                if (expected is not null)
                {
                    Assert.Equal(side.TopicOf(key), result.Merged.TopicOf(key));
                }
            }
        }
    }
}
