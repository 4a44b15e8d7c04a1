using System.Text.Json.Serialization;
using MassarDalil.Content.Merging;

namespace MassarDalil.Content.Pages;

/// <summary>
/// Everything an editor writes on a page. A draft and every revision are one of these,
/// stored whole, so a revision is a faithful snapshot of the page.
/// </summary>
public sealed record PageContent
{
    public required string Title { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Markdown: a guide's body, or the introduction of a home or FAQ page.</summary>
    public string Body { get; init; } = "";

    public IReadOnlyList<FaqTopic> Topics { get; init; } = [];

    /// <summary>
    /// A texts page's words by dotted key (<c>feedback.question</c>, see <c>SiteTextCatalogue</c>); empty in other page
    /// types, and then not written to the stored JSON, so their rows read as they always have.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Texts { get => StoredTexts ?? NoTexts; init => StoredTexts = value.Count == 0 ? null : value; }

    [JsonInclude, JsonPropertyName("texts"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    private IReadOnlyDictionary<string, string>? StoredTexts { get; init; }

    private static readonly IReadOnlyDictionary<string, string> NoTexts = new Dictionary<string, string>();

    public IEnumerable<FaqQuestion> AllQuestions => Topics.SelectMany(t => t.Questions);

    /// <summary>
    /// In a revision: when each question (by key) last changed, itself or its topic, so a question's own page
    /// can say when it changed rather than when the FAQ was last published. Written by the publisher; null in
    /// drafts, in pages without questions and in revisions made before it existed. Not part of
    /// <see cref="Equivalent"/>: it records history, not what the editor wrote.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, DateTimeOffset>? QuestionsChangedAt { get; init; }

    /// <summary>
    /// The stored JSON, when it could not be read as page content (a corrupt row, or a shape no version of the site
    /// wrote); null for content that was read. Such content has no text: the published site leaves its page out and
    /// flags it, and the database keeps the row exactly as it was (see <c>JsonColumnConverter</c>).
    /// </summary>
    [JsonIgnore]
    public string? UnreadableJson { get; init; }

    public static PageContent Unreadable(string json) => new() { Title = "", UnreadableJson = json };

    /// <summary>No nulls where JSON could put them (<c>"topics": [null]</c>, a question without its answer).</summary>
    internal bool IsWellFormed =>
        Title is not null && Description is not null && Body is not null && Topics is not null &&
        Texts.Values.All(v => v is not null) &&
        Topics.All(t => t is { Key: not null, Title: not null, Questions: not null } &&
            t.Questions.All(q => q is { Key: not null, Question: not null, Answer: not null }));

    /// <summary>
    /// In a draft: its recent saves, so a save based on an older version merges against the version its editor
    /// opened (<see cref="DraftHistory"/>). Null in revisions (the publisher strips it) and in drafts saved before
    /// it existed. Not part of <see cref="Equivalent"/>: it records history, not what the editor wrote.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DraftStep>? History { get; init; }

    public bool Equivalent(PageContent other) =>
        UnreadableJson is not null || other.UnreadableJson is not null ? UnreadableJson == other.UnreadableJson :
        Title == other.Title && Description == other.Description && Body == other.Body &&
        Texts.Count == other.Texts.Count && Texts.All(t => other.Texts.TryGetValue(t.Key, out var text) && text == t.Value) &&
        Topics.Count == other.Topics.Count && Topics.Zip(other.Topics).All(p => p.First.Equivalent(p.Second));
}

public sealed record FaqTopic(string Key, string Title, IReadOnlyList<FaqQuestion> Questions)
{
    /// <summary>
    /// In a draft: its recent saves, so a save based on an older version merges against the version its editor
    /// opened (<see cref="DraftHistory"/>). Null in revisions (the publisher strips it) and in drafts saved before
    /// it existed. Not part of <see cref="Equivalent"/>: it records history, not what the editor wrote.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DraftStep>? History { get; init; }

    public bool Equivalent(FaqTopic other) =>
        Key == other.Key && Title == other.Title && Questions.SequenceEqual(other.Questions);
}

/// <param name="Key">Language-independent key; links the question to its translation and is its URL anchor.</param>
/// <param name="Question">The question as a visitor would ask it.</param>
/// <param name="Answer">The answer in Markdown.</param>
public sealed record FaqQuestion(string Key, string Question, string Answer)
{
    /// <summary>
    /// Other words visitors type for this question (French, Darija, English, abbreviations, the Ministry's terms):
    /// indexed with it, never shown. Empty in content stored before they existed.
    /// </summary>
    public IReadOnlyList<string> SearchTerms { get; init; } = [];

    // By value, terms included, so "the draft differs from what is published" sees a change of terms.
    public bool Equals(FaqQuestion? other) =>
        other is not null && Key == other.Key && Question == other.Question && Answer == other.Answer &&
        SearchTerms.SequenceEqual(other.SearchTerms, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Key, Question, Answer, SearchTerms.Count);
}
