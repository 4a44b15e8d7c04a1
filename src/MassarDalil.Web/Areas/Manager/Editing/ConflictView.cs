using MassarDalil.Content.Merging;
using MassarDalil.Content.Pages;

namespace MassarDalil.Web.Areas.Manager.Editing;

/// <summary>
/// Someone saved the page while this editor was typing and both changed the same places: those places, each with
/// who changed the stored side and when, in the words the conflict page shows.
/// </summary>
/// <param name="BaseKnown">False when the version the editor opened is too old to merge against: every difference is listed.</param>
/// <param name="Resolving">The editor saved from the conflict page: a place still without a choice gets a message.</param>
/// <param name="Me">The editor, to label their side.</param>
public sealed record ConflictView(
    ManagerText T, IReadOnlyList<MergeConflict> Conflicts, bool BaseKnown, bool Resolving, PageContent Theirs, PageContent Yours, string Me)
{
    public int Unresolved => Conflicts.Count(c => c.Chosen is null);

    public bool Missing(MergeConflict conflict) => Resolving && conflict.Chosen is null;

    public string TheirLabel(MergeConflict conflict) =>
        T.Format("{0}, saved on {1}", conflict.TheirAuthor ?? "", conflict.TheirTime is { } at ? T.When(at) : "");

    public string MyLabel => T.Format("You ({0}), not saved yet", Me);

    /// <summary>What the conflict is about, as a heading (the topic or question named as the editor wrote it).</summary>
    public (string What, string? Name) Heading(MergeConflict conflict) => conflict.Kind switch
    {
        ConflictKind.Field => (ProblemList.FieldName(T, conflict.Subject), null),
        ConflictKind.TopicTitle => (T["Topic title"], TopicName(conflict.Subject)),
        ConflictKind.TopicRemoved => (T["Topic removed on one side, changed on the other"], TopicName(conflict.Subject)),
        ConflictKind.TopicPosition => (T["Place of the topic"], TopicName(conflict.Subject)),
        ConflictKind.QuestionText => (T["The question"], QuestionName(conflict.Subject)),
        ConflictKind.QuestionAnswer => (T["The answer"], QuestionName(conflict.Subject)),
        ConflictKind.QuestionRemoved => (T["Question removed on one side, changed on the other"], QuestionName(conflict.Subject)),
        ConflictKind.QuestionTopic => (T["Topic of the question"], QuestionName(conflict.Subject)),
        ConflictKind.SiteText => (T["Site text"], conflict.Subject),
        ConflictKind.NavigationList => (conflict.Subject switch { "header" => T["Header"], "footer" => T["Footer"], _ => T["Home page groups"] }, null),
        _ => (T["Place of the question"], QuestionName(conflict.Subject)),
    };

    /// <summary>One side's value as the page shows it: text, "removed", a topic's title or the item it follows.</summary>
    public string Value(MergeConflict conflict, bool theirs)
    {
        var (value, content) = theirs ? (conflict.Theirs, Theirs) : (conflict.Mine, Yours);
        return conflict.Kind switch
        {
            _ when value is null => T["Removed."],
            ConflictKind.QuestionTopic => content.Topics.FirstOrDefault(t => t.Key == value)?.Title ?? value,
            ConflictKind.QuestionPosition or ConflictKind.TopicPosition when value.Length == 0 => T["First"],
            ConflictKind.QuestionPosition => T.Format("After “{0}”", content.AllQuestions.FirstOrDefault(q => q.Key == value)?.Question ?? value),
            ConflictKind.TopicPosition => T.Format("After “{0}”", content.Topics.FirstOrDefault(t => t.Key == value)?.Title ?? value),
            _ => value,
        };
    }

    private string TopicName(string key) => (Yours.Topics.FirstOrDefault(t => t.Key == key) ?? Theirs.Topics.FirstOrDefault(t => t.Key == key))?.Title ?? key;

    private string QuestionName(string key) =>
        (Yours.AllQuestions.FirstOrDefault(q => q.Key == key) ?? Theirs.AllQuestions.FirstOrDefault(q => q.Key == key))?.Question ?? key;
}
