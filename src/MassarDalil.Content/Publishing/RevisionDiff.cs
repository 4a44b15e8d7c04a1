using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Publishing;

/// <summary>
/// What changed between two versions of a page, question by question (matched by key, so a
/// moved question is one change, not a removal and an addition).
/// </summary>
public static class RevisionDiff
{
    public static PageDiff Compare(PageContent before, PageContent after)
    {
        var fields = new List<FieldChange>();
        AddField(fields, "Title", before.Title, after.Title);
        AddField(fields, "Description", before.Description, after.Description);
        AddField(fields, "Body", before.Body, after.Body);
        // A texts page's words, each under its key (a key without text is "": the default site's text shows there).
        foreach (var key in before.Texts.Keys.Union(after.Texts.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            AddField(fields, key, before.Texts.GetValueOrDefault(key) ?? "", after.Texts.GetValueOrDefault(key) ?? "");
        }

        var oldTopics = before.Topics.ToDictionary(t => t.Key);
        var newTopics = after.Topics.ToDictionary(t => t.Key);
        var topics = new List<TopicChange>();
        foreach (var topic in after.Topics)
        {
            if (!oldTopics.TryGetValue(topic.Key, out var old))
            {
                topics.Add(new TopicChange(topic.Key, ChangeKind.Added, null, topic.Title));
            }
            else if (old.Title != topic.Title)
            {
                topics.Add(new TopicChange(topic.Key, ChangeKind.Changed, old.Title, topic.Title));
            }
        }
        topics.AddRange(before.Topics.Where(t => !newTopics.ContainsKey(t.Key))
            .Select(t => new TopicChange(t.Key, ChangeKind.Removed, t.Title, null)));
        if (topics.Count == 0 && !before.Topics.Select(t => t.Key).SequenceEqual(after.Topics.Select(t => t.Key)))
        {
            topics.Add(new TopicChange("", ChangeKind.Moved, null, null));
        }

        return new PageDiff(fields, topics, CompareQuestions(before, after));
    }

    private static List<QuestionChange> CompareQuestions(PageContent before, PageContent after)
    {
        var oldQuestions = Locate(before);
        var newQuestions = Locate(after);
        var changes = new List<QuestionChange>();
        foreach (var (key, now) in newQuestions)
        {
            if (!oldQuestions.TryGetValue(key, out var was))
            {
                changes.Add(new QuestionChange(key, ChangeKind.Added, null, now.Question, null, now.Topic));
                continue;
            }
            var textChanged = was.Question != now.Question;
            var moved = was.Topic != now.Topic || RankAmongCommon(before, was.Topic, key, newQuestions) != RankAmongCommon(after, now.Topic, key, oldQuestions);
            if (textChanged || moved)
            {
                changes.Add(new QuestionChange(key, textChanged ? ChangeKind.Changed : ChangeKind.Moved, was.Question, now.Question, was.Topic, now.Topic)
                {
                    Moved = moved,
                });
            }
        }
        changes.AddRange(oldQuestions.Where(q => !newQuestions.ContainsKey(q.Key))
            .Select(q => new QuestionChange(q.Key, ChangeKind.Removed, q.Value.Question, null, q.Value.Topic, null)));
        return changes;
    }

    private static Dictionary<string, (FaqQuestion Question, string Topic)> Locate(PageContent content) =>
        content.Topics.SelectMany(t => t.Questions.Select(q => (q, t.Key)))
            .GroupBy(x => x.q.Key).ToDictionary(g => g.Key, g => g.First());

    /// <summary>Position among the questions both versions have in this topic, so an addition or a move elsewhere does not look like a move.</summary>
    private static int RankAmongCommon(PageContent content, string topicKey, string key, Dictionary<string, (FaqQuestion Question, string Topic)> other) =>
        content.Topics.First(t => t.Key == topicKey).Questions
            .Where(q => other.TryGetValue(q.Key, out var there) && there.Topic == topicKey).Select(q => q.Key).ToList().IndexOf(key);

    private static void AddField(List<FieldChange> fields, string name, string before, string after)
    {
        if (before != after)
        {
            fields.Add(new FieldChange(name, before, after));
        }
    }
}

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
    Moved,
}

public sealed record PageDiff(IReadOnlyList<FieldChange> Fields, IReadOnlyList<TopicChange> Topics, IReadOnlyList<QuestionChange> Questions)
{
    public bool IsEmpty => Fields.Count == 0 && Topics.Count == 0 && Questions.Count == 0;
}

public sealed record FieldChange(string Field, string Before, string After);

/// <param name="Key">Empty for "the topics were reordered".</param>
public sealed record TopicChange(string Key, ChangeKind Kind, string? TitleBefore, string? TitleAfter);

/// <param name="Moved">True when it changed topic or place, whatever else changed.</param>
public sealed record QuestionChange(string Key, ChangeKind Kind, FaqQuestion? Before, FaqQuestion? After, string? TopicBefore, string? TopicAfter)
{
    public bool Moved { get; init; }
}
