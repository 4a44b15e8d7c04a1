using MassarDalil.Content.Merging;
using MassarDalil.Content.Pages;
using static MassarDalil.Tests.Merging.FaqEdits;

namespace MassarDalil.Tests.Merging;

/// <summary>The draft's recent saves: enough to rebuild any recent version exactly, and no guess when it is not.</summary>
public class DraftHistoryTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Version 1 is <see cref="FaqEdits.Base"/>; each edit makes the next version, saved by a different person.</summary>
    private static (PageContent Draft, List<(PageContent Content, string Slug)> Versions) Saved(params Func<PageContent, PageContent>[] edits)
    {
        var versions = new List<(PageContent, string)> { (Base, "faq") };
        var draft = Base;
        foreach (var (edit, i) in edits.Select((e, i) => (e, i)))
        {
            var slug = i == 2 ? "faq-renamed" : versions[^1].Item2;
            var next = edit(draft with { History = null });
            draft = DraftHistory.Record(draft, versions[^1].Item2, next, slug, i + 2, $"editor{i + 2}@massar.test", Start.AddMinutes(i));
            versions.Add((next, slug));
        }
        return (draft, versions);
    }

    [Fact]
    public void EveryRecentVersionIsRebuiltExactly()
    {
        var (draft, versions) = Saved(
            c => c.Answer("wrong-grade", "Edited."),
            c => c.Move("wrong-grade", "login", 1).Ask("pass-mark", "Pass mark?"),
            c => c.Remove("nfc-is-safe").Add("grades", Q("grade-appeal"), 0),
            c => c.RenameTopic("nfc", "NFC").OrderTopics("login", "nfc", "grades") with { Title = "Questions", Body = "" },
            c => c.RemoveTopic("nfc").AddTopic(new FaqTopic("bac", "Bac", [Q("bac-results")])));

        for (var to = 1; to <= versions.Count; to++)
        {
            var rewound = DraftHistory.Rewind(draft, versions[^1].Slug, versions.Count, to)!;
            var (content, slug, _) = (rewound[^1].Content, rewound[^1].Slug, 0);
            Assert.True(content.Equivalent(versions[to - 1].Content), $"version {to}");
            Assert.Equal(versions[to - 1].Slug, slug);
            Assert.Equal(versions.Count - to + 1, rewound.Count);
        }
        var newest = DraftHistory.Rewind(draft, "faq-renamed", versions.Count, versions.Count - 1)!;
        Assert.Equal(("editor6@massar.test", Start.AddMinutes(4)), (newest[0].MadeBy!.By, newest[0].MadeBy!.At));
    }

    [Fact]
    public void AStepKeepsOnlyWhatChanged()
    {
        var step = DraftHistory.Step(Base, "faq", Base.Answer("wrong-grade", "Edited."), "faq");

        Assert.Equal(["wrong-grade"], step.Questions!.Keys);
        Assert.Null(step.Outline);
        Assert.Null(step.Title);
        Assert.Null(step.Slug);
    }

    [Fact]
    public void OnlyTheLatestSavesAreKeptAndOlderVersionsAreUnknownRatherThanGuessed()
    {
        var edits = Enumerable.Range(0, DraftHistory.Kept + 5).Select(i => (Func<PageContent, PageContent>)(c => c.Answer("wrong-grade", $"Edit {i}."))).ToArray();
        var (draft, versions) = Saved(edits);

        Assert.Equal(DraftHistory.Kept, draft.History!.Count);
        Assert.NotNull(DraftHistory.Rewind(draft, versions[^1].Slug, versions.Count, versions.Count - DraftHistory.Kept));
        Assert.Null(DraftHistory.Rewind(draft, versions[^1].Slug, versions.Count, versions.Count - DraftHistory.Kept - 1));
    }

    [Fact]
    public void LargeSavesAreKeptOnlyUpToTheTextBudgetNewestFirstAndStillRewind()
    {
        // Each save rewrites one long answer: a tenth of the budget per step, so about ten fit, not fifty.
        var longAnswer = new string('x', DraftHistory.KeptCharacters / 10);
        var edits = Enumerable.Range(0, 30).Select(i => (Func<PageContent, PageContent>)(c => c.Answer("wrong-grade", $"{i} {longAnswer}"))).ToArray();
        var (draft, versions) = Saved(edits);

        var kept = draft.History!.Count;
        Assert.InRange(kept, 8, 10);
        Assert.True(draft.History.Sum(s => s.Questions!.Values.Sum(q => q.Answer.Length)) <= DraftHistory.KeptCharacters);
        Assert.Equal(versions.Count, draft.History[^1].Version);
        var oldest = DraftHistory.Rewind(draft, versions[^1].Slug, versions.Count, versions.Count - kept)!;
        Assert.True(oldest[^1].Content.Equivalent(versions[^(kept + 1)].Content));
        Assert.Null(DraftHistory.Rewind(draft, versions[^1].Slug, versions.Count, versions.Count - kept - 1));
    }

    [Fact]
    public void ASaveLargerThanTheWholeBudgetIsStillKeptAsTheNewestStep()
    {
        var huge = new string('y', DraftHistory.KeptCharacters + 1);
        var (draft, versions) = Saved(c => c.Answer("wrong-grade", "Small."), c => c.Answer("wrong-grade", huge), c => c.Answer("wrong-grade", "Small again."));

        // The last save's step holds the huge answer as it was before: alone it is over the budget, and it is kept.
        Assert.Equal([versions.Count], draft.History!.Select(s => s.Version));
        Assert.NotNull(DraftHistory.Rewind(draft, versions[^1].Slug, versions.Count, versions.Count - 1));
    }

    [Fact]
    public void ADraftReplacedWithoutAStepHasNoHistoryToRewind()
    {
        var (draft, _) = Saved(c => c.Answer("wrong-grade", "Edited."));

        // Version 3 came from elsewhere (an import): no step says what version 2 was.
        Assert.Null(DraftHistory.Rewind(draft, "faq", 3, 2));
        Assert.Null(DraftHistory.Rewind(Base, "faq", 2, 1));
    }
}
