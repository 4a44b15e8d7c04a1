using MassarDalil.Content.Merging;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;

namespace MassarDalil.Tests.Merging;

/// <summary>A site's navigation merges list by list: header, footer and home groups are separate places.</summary>
public class NavigationMergeTests
{
    private static readonly NavigationMenu Base = new(
        [new NavigationItem("faq", null, "FAQ")],
        [new NavigationItem(null, "https://moutamadris.men.gov.ma", "Student portal")],
        [new NavigationGroup("Getting started", ["activate"])]);

    private static PageContent Body(NavigationMenu menu) => NavigationPage.Content(menu);

    private static MergeResult Merge(NavigationMenu theirs, NavigationMenu mine, Dictionary<string, string>? choices = null) =>
        ThreeWayMerge.Merge(Body(Base), Body(theirs), Body(mine), choices, navigation: true);

    [Fact]
    public void AHeaderChangedOnOneSideAndAFooterOnTheOtherBothStayWithoutAsking()
    {
        var theirs = Base with { Header = [.. Base.Header, new NavigationItem("activate", null, null)] };
        var mine = Base with { Footer = [.. Base.Footer, new NavigationItem(null, "https://massarservice.men.gov.ma", "Massar portal")] };

        var result = Merge(theirs, mine);

        Assert.Empty(result.Conflicts);
        var merged = NavigationFile.Read(result.Merged.Body);
        Assert.Equal(theirs.Header, merged.Header);
        Assert.Equal(mine.Footer, merged.Footer);
        Assert.Equal(Base.Groups, merged.Groups);
    }

    [Fact]
    public void TheSameListChangedByBothIsTheOnlyPlaceAskedAndTheChoiceIsApplied()
    {
        var theirs = Base with { Header = [new NavigationItem("faq", null, "Questions")], Groups = [new NavigationGroup("First steps", ["activate"])] };
        var mine = Base with { Header = [new NavigationItem("faq", null, "Help")] };

        var asked = Merge(theirs, mine);
        var chosen = Merge(theirs, mine, new() { ["n:header"] = ThreeWayMerge.Theirs });

        var conflict = Assert.Single(asked.Conflicts);
        Assert.Equal(("n:header", ConflictKind.NavigationList, "header"), (conflict.Choice, conflict.Kind, conflict.Subject));
        Assert.Contains("label: \"Questions\"", conflict.Theirs, StringComparison.Ordinal);
        Assert.Contains("label: \"Help\"", conflict.Mine, StringComparison.Ordinal);
        Assert.Empty(chosen.Unresolved);
        Assert.Equal(theirs with { Footer = Base.Footer }, NavigationFile.Read(chosen.Merged.Body));
    }

    [Fact]
    public void WithoutABaseEveryListThatDiffersIsAsked()
    {
        var theirs = Base with { Header = [] };
        var mine = Base with { Footer = [] };

        var result = ThreeWayMerge.Merge(null, Body(theirs), Body(mine), navigation: true);

        Assert.Equal(["n:header", "n:footer"], result.Conflicts.Select(c => c.Choice));
    }
}
