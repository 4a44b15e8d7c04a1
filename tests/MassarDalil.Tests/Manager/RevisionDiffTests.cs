using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;

namespace MassarDalil.Tests.Manager;

public class RevisionDiffTests
{
    private static PageContent Faq(params FaqTopic[] topics) => new() { Title = "FAQ", Topics = topics };

    private static FaqTopic Topic(string key, params FaqQuestion[] questions) => new(key, key.ToUpperInvariant(), questions);

    private static FaqQuestion Q(string key, string answer = "answer") => new(key, key + "?", answer);

    [Fact]
    public void ChangedAnswerIsOneChangeForItsQuestionOnly()
    {
        var before = Faq(Topic("a", Q("one"), Q("two")));
        var after = Faq(Topic("a", Q("one"), Q("two", "new answer")));

        var diff = RevisionDiff.Compare(before, after);

        var change = Assert.Single(diff.Questions);
        Assert.Equal(("two", ChangeKind.Changed, false), (change.Key, change.Kind, change.Moved));
        Assert.Empty(diff.Fields);
    }

    [Fact]
    public void QuestionMovedToAnotherTopicIsAMoveNotARemovalAndAnAddition()
    {
        var before = Faq(Topic("a", Q("one"), Q("two")), Topic("b", Q("three")));
        var after = Faq(Topic("a", Q("one")), Topic("b", Q("two"), Q("three")));

        var change = Assert.Single(RevisionDiff.Compare(before, after).Questions);

        Assert.Equal(("two", ChangeKind.Moved, "a", "b"), (change.Key, change.Kind, change.TopicBefore, change.TopicAfter));
    }

    [Fact]
    public void AddingAQuestionDoesNotMakeTheOthersLookMoved()
    {
        var before = Faq(Topic("a", Q("one"), Q("two")));
        var after = Faq(Topic("a", Q("new"), Q("one"), Q("two")));

        var change = Assert.Single(RevisionDiff.Compare(before, after).Questions);

        Assert.Equal(("new", ChangeKind.Added), (change.Key, change.Kind));
    }

    [Fact]
    public void RemovedQuestionsAndRenamedTopicsAreListed()
    {
        var before = Faq(Topic("a", Q("one"), Q("two")));
        var after = Faq(new FaqTopic("a", "Renamed", [Q("one")]));

        var diff = RevisionDiff.Compare(before, after);

        Assert.Equal(("two", ChangeKind.Removed), (diff.Questions.Single().Key, diff.Questions.Single().Kind));
        Assert.Equal(("A", "Renamed"), (diff.Topics.Single().TitleBefore, diff.Topics.Single().TitleAfter));
    }

    [Fact]
    public void WordDiffShowsOnlyTheWordThatChanged()
    {
        var parts = WordDiff.Compare("افتح صفحة الدخول ثم اضغط", "افتح صفحة التسجيل ثم اضغط");

        Assert.Equal(
            [(DiffOp.Same, "افتح صفحة "), (DiffOp.Removed, "الدخول"), (DiffOp.Added, "التسجيل"), (DiffOp.Same, " ثم اضغط")],
            parts.Select(p => (p.Op, p.Text)));
    }

    [Theory]
    [InlineData("Can I print my report card?", "can-i-print-my-report-card")]
    [InlineData("هل يمكنني طباعة النتائج؟", "hl-ymknny-tbaaa-alntayj")]
    [InlineData("كيف أسترجع القن السري لحساب مسار الخاص بابني؟", "kyf-astrja-alqn-alsry-lhsab-msar")]
    [InlineData("ما هو رمز مسار (Massar) الخاص بي؟", "ma-hw-rmz-msar-massar-alkhas")]
    [InlineData("؟؟", "question-1")]
    public void MissingKeysAreMadeFromTheQuestionInLatinLettersEvenWhenItIsArabic(string question, string key)
    {
        var filled = FaqKeys.FillMissing(Faq(new FaqTopic("", "عام", [new FaqQuestion("", question, "x")])));

        Assert.Equal(key, filled.Topics[0].Questions[0].Key);
        Assert.Equal("aam", filled.Topics[0].Key);
    }

    [Fact]
    public void DuplicateKeysAndGuideAddressesAreRefused()
    {
        var problems = PageValidator.Validate(PageType.Guide, Faq(Topic("a", Q("one"), Q("one"))), "faq");

        Assert.Contains(problems, p => p.Field == "Topics[0].Questions[1].Key");
        Assert.Contains(problems, p => p.Field == "Slug");
    }
}
