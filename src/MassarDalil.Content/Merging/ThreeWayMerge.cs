using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Merging;

/// <summary>
/// Merges what an editor typed (<c>mine</c>) into the draft someone else saved meanwhile (<c>theirs</c>), against
/// the version both started from (<c>base</c>): a change made on one side only is taken; the same thing changed
/// differently on both sides is a <see cref="MergeConflict"/> the editor must choose. A removal that meets a change
/// on the other side is a conflict too, so nothing anyone changed is dropped unless someone chose to drop it.
/// </summary>
/// <remarks>
/// Things are matched by key: page fields by name, topics and questions by their keys, a navigation's lists by name. A question's text, answer,
/// topic and place are separate, so moving a question and editing it merge. With no base (it is no longer known),
/// every difference is a conflict.
/// </remarks>
public static class ThreeWayMerge
{
    public const string Theirs = "theirs";
    public const string Mine = "mine";

    /// <param name="choices">The editor's choices so far, by <see cref="MergeConflict.Choice"/>.</param>
    /// <param name="slug">The page's address, merged like a field when given.</param>
    /// <param name="navigation">The body is a site's navigation: its header, footer and home lists merge one by one.</param>
    public static MergeResult Merge(
        PageContent? @base, PageContent theirs, PageContent mine, IReadOnlyDictionary<string, string>? choices = null,
        (string? Base, string Theirs, string Mine)? slug = null, bool navigation = false) =>
        new MergeRun(@base, theirs, mine, choices ?? new Dictionary<string, string>()).Run(slug, navigation);
}

/// <param name="Merged">The merged page; where a conflict is not chosen yet it holds the editor's side.</param>
/// <param name="Slug">The merged address, when one was given.</param>
public sealed record MergeResult(PageContent Merged, string? Slug, IReadOnlyList<MergeConflict> Conflicts)
{
    public IReadOnlyList<MergeConflict> Unresolved { get; } = Conflicts.Where(c => c.Chosen is null).ToList();
}
