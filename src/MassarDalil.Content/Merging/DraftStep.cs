using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Merging;

/// <summary>
/// One save of a draft, kept so the version before it can be rebuilt: who saved <see cref="Version"/>, when, and
/// only what that save changed, as it was before. Lets a later save merge against the version its editor opened.
/// </summary>
public sealed record DraftStep
{
    /// <summary>The draft version this save made.</summary>
    public int Version { get; init; }
    public string By { get; init; } = "";
    public DateTimeOffset At { get; init; }

    /// <summary>The previous value of each page field this save changed; null when unchanged.</summary>
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Body { get; init; }
    public string? Slug { get; init; }

    /// <summary>The previous topics in order, when this save changed their order, titles or questions; else null.</summary>
    public IReadOnlyList<OutlineTopic>? Outline { get; init; }

    /// <summary>The previous text of each question this save changed or removed, by key.</summary>
    public IReadOnlyDictionary<string, FaqQuestion>? Questions { get; init; }

    /// <summary>The previous value of each site text this save changed, by key; null for a text the save added.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string?>? Texts { get; init; }
}

/// <param name="Questions">The topic's question keys in order; null when the next version has the same.</param>
public sealed record OutlineTopic(string Key, string Title, IReadOnlyList<string>? Questions);
