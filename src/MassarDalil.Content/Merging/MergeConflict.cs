namespace MassarDalil.Content.Merging;

/// <summary>What both editors changed in the same place, so that only a person can choose.</summary>
public enum ConflictKind
{
    /// <summary>A page field (<c>Title</c>, <c>Description</c>, <c>Body</c>, <c>Slug</c>): the subject is its name.</summary>
    Field,
    TopicTitle,

    /// <summary>One side removed the topic, the other changed it. The removing side's value is null.</summary>
    TopicRemoved,
    TopicPosition,
    QuestionText,
    QuestionAnswer,

    /// <summary>One side removed the question, the other changed it. The removing side's value is null.</summary>
    QuestionRemoved,

    /// <summary>Both moved the question, to different topics: the values are topic keys.</summary>
    QuestionTopic,

    /// <summary>Both moved the question, to different places: the values are the key of the question before it ("" for first).</summary>
    QuestionPosition,

    /// <summary>A site text (<see cref="Pages.PageContent.Texts"/>): the subject is its key; a side without it is null.</summary>
    SiteText,

    /// <summary>A list of a site's navigation (header, footer or home): the subject is its name, the values its lines.</summary>
    NavigationList,
}

/// <param name="Choice">The key the editor's choice is posted under, e.g. <c>q:wrong-grade/answer</c>.</param>
/// <param name="Subject">The field name, topic key or question key the conflict is about.</param>
/// <param name="Theirs">What the stored draft has (null: removed).</param>
/// <param name="Mine">What the editor sent (null: removed).</param>
/// <param name="Chosen">The side the editor chose (<see cref="ThreeWayMerge.Theirs"/> or <see cref="ThreeWayMerge.Mine"/>), or null.</param>
public sealed record MergeConflict(string Choice, ConflictKind Kind, string Subject, string? Theirs, string? Mine, string? Chosen)
{
    /// <summary>Who saved their side of this conflict, and when (filled by the page editor from the draft's history).</summary>
    public string? TheirAuthor { get; init; }
    public DateTimeOffset? TheirTime { get; init; }

    public bool IsQuestion => Kind is ConflictKind.QuestionText or ConflictKind.QuestionAnswer or ConflictKind.QuestionRemoved
        or ConflictKind.QuestionTopic or ConflictKind.QuestionPosition;

    public bool IsTopic => Kind is ConflictKind.TopicTitle or ConflictKind.TopicRemoved or ConflictKind.TopicPosition;
}
