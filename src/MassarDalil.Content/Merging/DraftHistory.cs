using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Merging;

/// <summary>
/// The recent saves of a draft, carried inside the draft itself (<see cref="PageContent.History"/>), newest last.
/// Anything that replaces the draft without a step breaks the chain, and a save from before the break is merged
/// with no base: every difference is asked rather than guessed.
/// </summary>
public static class DraftHistory
{
    /// <summary>How many saves are kept: an editor whose page is older than this many saves gets every difference asked.</summary>
    public const int Kept = 50;

    /// <summary>
    /// How much text the kept saves may hold together (the newest is kept whatever its size). The history lives in the
    /// draft's page row, which every editor and every save reads: fifty saves of a whole FAQ made that row a megabyte,
    /// read and parsed on each, and the site's memory grew by half while an editor published every second
    /// (tests/load/README.md). One question's save holds a few hundred characters, so fifty of them still fit; an
    /// editor further behind than the kept saves gets every difference asked, as beyond fifty.
    /// </summary>
    public const int KeptCharacters = 128 * 1024;

    /// <summary><paramref name="after"/> as the new draft, with the step from <paramref name="before"/> added to its history.</summary>
    public static PageContent Record(PageContent before, string beforeSlug, PageContent after, string afterSlug, int version, string by, DateTimeOffset at)
    {
        var step = Step(before, beforeSlug, after, afterSlug) with { Version = version, By = by, At = at };
        return after with { History = Append(before.History, step) };
    }

    /// <summary>
    /// <paramref name="stored"/> (a draft's page-row part) with the step of a save that changed one question's text in
    /// place: the step <see cref="Record"/> makes for that change (the question as it was, nothing else), made without
    /// reading the other questions.
    /// </summary>
    public static PageContent RecordQuestion(PageContent stored, FaqQuestion before, int version, string by, DateTimeOffset at)
    {
        var step = new DraftStep { Version = version, By = by, At = at, Questions = new Dictionary<string, FaqQuestion>(StringComparer.Ordinal) { [before.Key] = before } };
        return stored with { History = Append(stored.History, step) };
    }

    /// <summary>The history with <paramref name="step"/> added and its oldest saves dropped beyond <see cref="Kept"/> or <see cref="KeptCharacters"/>.</summary>
    private static List<DraftStep> Append(IReadOnlyList<DraftStep>? history, DraftStep step)
    {
        var kept = new List<DraftStep> { step };
        var characters = Characters(step);
        for (var i = (history?.Count ?? 0) - 1; i >= 0 && kept.Count < Kept; i--)
        {
            characters += Characters(history![i]);
            if (characters > KeptCharacters)
            {
                break;
            }
            kept.Add(history[i]);
        }
        kept.Reverse();
        return kept;
    }

    /// <summary>The text a step holds, near enough to its share of the stored draft.</summary>
    private static long Characters(DraftStep step) =>
        Length(step.By) + Length(step.Title) + Length(step.Description) + Length(step.Body) + Length(step.Slug) +
        (step.Outline?.Sum(t => Length(t.Key) + Length(t.Title) + (t.Questions?.Sum(Length) ?? 0)) ?? 0) +
        (step.Questions?.Sum(q => Length(q.Key) + Length(q.Value.Question) + Length(q.Value.Answer) + q.Value.SearchTerms.Sum(Length)) ?? 0) +
        (step.Texts?.Sum(t => Length(t.Key) + Length(t.Value)) ?? 0);

    private static long Length(string? text) => text?.Length ?? 0;

    /// <summary>
    /// The saves made since <paramref name="from"/> (oldest first) when none of them moved, added, removed or renamed a
    /// question or topic, nor changed the question <paramref name="key"/>: then a change to that question's text alone
    /// merges with them by itself (the three-way merge would find nothing to ask). Null otherwise, or when the history
    /// does not reach back that far: the whole merge decides.
    /// </summary>
    public static IReadOnlyList<DraftStep>? QuietSince(PageContent current, int version, int from, string key)
    {
        if (from > version || from < 0)
        {
            return null;
        }
        var steps = (current.History ?? []).Where(s => s.Version > from && s.Version <= version)
            .GroupBy(s => s.Version).ToDictionary(g => g.Key, g => g.Last());
        var since = new List<DraftStep>();
        for (var v = from + 1; v <= version; v++)
        {
            if (!steps.TryGetValue(v, out var step) || step.Outline is not null || step.Questions?.ContainsKey(key) == true)
            {
                return null;
            }
            since.Add(step);
        }
        return since;
    }

    /// <summary>What to keep of <paramref name="before"/> to rebuild it from <paramref name="after"/>.</summary>
    public static DraftStep Step(PageContent before, string beforeSlug, PageContent after, string afterSlug)
    {
        var now = new Dictionary<string, FaqQuestion>(StringComparer.Ordinal);
        foreach (var question in after.AllQuestions)
        {
            now.TryAdd(question.Key, question);
        }
        var questions = before.AllQuestions.Where(q => !now.TryGetValue(q.Key, out var there) || there != q)
            .GroupBy(q => q.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var outline = Outline(before).SequenceEqual(Outline(after), OutlineComparer.Instance) ? null : Outline(before).Select(o =>
            after.Topics.FirstOrDefault(t => t.Key == o.Key) is { } same && same.Questions.Select(q => q.Key).SequenceEqual(o.Questions!)
                ? o with { Questions = null } : o).ToList();
        var texts = before.Texts.Keys.Union(after.Texts.Keys, StringComparer.Ordinal)
            .Where(k => before.Texts.GetValueOrDefault(k) != after.Texts.GetValueOrDefault(k))
            .ToDictionary(k => k, k => before.Texts.GetValueOrDefault(k), StringComparer.Ordinal);
        return new DraftStep
        {
            Title = before.Title == after.Title ? null : before.Title,
            Description = before.Description == after.Description ? null : before.Description,
            Body = before.Body == after.Body ? null : before.Body,
            Slug = beforeSlug == afterSlug ? null : beforeSlug,
            Outline = outline,
            Questions = questions.Count == 0 ? null : questions,
            Texts = texts.Count == 0 ? null : texts,
        };
    }

    /// <summary>The version before <paramref name="step"/>, rebuilt from the one it made.</summary>
    public static (PageContent Content, string Slug) Undo(PageContent content, string slug, DraftStep step)
    {
        var pool = content.AllQuestions.GroupBy(q => q.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (key, question) in step.Questions ?? new Dictionary<string, FaqQuestion>())
        {
            pool[key] = question;
        }
        var topics = step.Outline is null
            ? content.Topics.Select(t => t with { Questions = t.Questions.Select(q => pool[q.Key]).ToList() }).ToList()
            : step.Outline.Select(o => new FaqTopic(o.Key, o.Title,
                (o.Questions ?? content.Topics.First(t => t.Key == o.Key).Questions.Select(q => q.Key).ToList()).Select(k => pool[k]).ToList())).ToList();
        var texts = new Dictionary<string, string>(content.Texts, StringComparer.Ordinal);
        foreach (var (key, text) in step.Texts ?? new Dictionary<string, string?>())
        {
            if (text is null)
            {
                texts.Remove(key);
            }
            else
            {
                texts[key] = text;
            }
        }
        var previous = new PageContent
        {
            Title = step.Title ?? content.Title,
            Description = step.Description ?? content.Description,
            Body = step.Body ?? content.Body,
            Topics = topics,
            Texts = texts,
        };
        return (previous, step.Slug ?? slug);
    }

    /// <summary>
    /// The draft's versions from <paramref name="version"/> (the current one) back to <paramref name="to"/>, newest
    /// first, each with the step that made it (null for the oldest); null when the history does not reach that far.
    /// </summary>
    public static IReadOnlyList<(int Version, PageContent Content, string Slug, DraftStep? MadeBy)>? Rewind(PageContent current, string slug, int version, int to)
    {
        if (to > version || to < 0)
        {
            return null;
        }
        var steps = (current.History ?? []).GroupBy(s => s.Version).ToDictionary(g => g.Key, g => g.Last());
        var versions = new List<(int, PageContent, string, DraftStep?)>();
        var (content, at) = (current with { History = null }, slug);
        for (var v = version; v > to; v--)
        {
            if (!steps.TryGetValue(v, out var step))
            {
                return null;
            }
            versions.Add((v, content, at, step));
            try
            {
                (content, at) = Undo(content, at, step);
            }
            catch (KeyNotFoundException)
            {
                return null; // a history that does not fit its draft is no history
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
        versions.Add((to, content, at, null));
        return versions;
    }

    private static List<OutlineTopic> Outline(PageContent content) =>
        content.Topics.Select(t => new OutlineTopic(t.Key, t.Title, t.Questions.Select(q => q.Key).ToList())).ToList();

    private sealed class OutlineComparer : IEqualityComparer<OutlineTopic>
    {
        public static OutlineComparer Instance { get; } = new();

        public bool Equals(OutlineTopic? x, OutlineTopic? y) =>
            x is not null && y is not null && x.Key == y.Key && x.Title == y.Title && x.Questions!.SequenceEqual(y.Questions!);

        public int GetHashCode(OutlineTopic obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}
