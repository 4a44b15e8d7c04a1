namespace MassarDalil.Content.Pages;

/// <summary>
/// Changes to one question or topic of an FAQ, as plain functions of the content: the FAQ editor's part saves apply
/// them to the version their editor opened. A key that is not there leaves the content as it is, so a question a
/// colleague removed meanwhile comes back to the merge as "removed on one side, changed on the other".
/// </summary>
public static class FaqChanges
{
    /// <summary>The question <paramref name="key"/> replaced by <paramref name="question"/> (whose key may differ: a rename).</summary>
    public static PageContent ReplaceQuestion(PageContent content, string key, FaqQuestion question) => content with
    {
        Topics = content.Topics.Select(t => t.Questions.Any(q => q.Key == key)
            ? t with { Questions = t.Questions.Select(q => q.Key == key ? question : q).ToList() }
            : t).ToList(),
    };

    /// <summary>
    /// The question editor's change: the question <paramref name="key"/> replaced by <paramref name="question"/> and
    /// moved to topic <paramref name="topicKey"/> (<see cref="ReplaceQuestion"/>, then <see cref="MoveQuestion"/>).
    /// </summary>
    public static PageContent PlaceQuestion(PageContent content, string key, FaqQuestion question, string topicKey) =>
        MoveQuestion(ReplaceQuestion(content, key, question), question.Key, topicKey);

    /// <summary>The question moved to the end of topic <paramref name="topicKey"/>; unchanged when it is already there or either is missing.</summary>
    public static PageContent MoveQuestion(PageContent content, string key, string topicKey)
    {
        var from = TopicOf(content, key);
        if (from is null || from.Key == topicKey || content.Topics.All(t => t.Key != topicKey))
        {
            return content;
        }
        var question = from.Questions.First(q => q.Key == key);
        return content with
        {
            Topics = content.Topics.Select(t =>
                t.Key == from.Key ? t with { Questions = t.Questions.Where(q => q.Key != key).ToList() }
                : t.Key == topicKey ? t with { Questions = [.. t.Questions, question] }
                : t).ToList(),
        };
    }

    /// <summary>The topic's title (and key, while no visitor links to it) changed.</summary>
    public static PageContent ReplaceTopic(PageContent content, string key, string newKey, string title) => content with
    {
        Topics = content.Topics.Select(t => t.Key == key ? t with { Key = newKey, Title = title } : t).ToList(),
    };

    /// <summary>A new question at the end of a topic.</summary>
    public static PageContent AddQuestion(PageContent content, string topicKey, FaqQuestion question) => content with
    {
        Topics = content.Topics.Select(t => t.Key == topicKey ? t with { Questions = [.. t.Questions, question] } : t).ToList(),
    };

    public static FaqTopic? TopicOf(PageContent content, string questionKey) =>
        content.Topics.FirstOrDefault(t => t.Questions.Any(q => q.Key == questionKey));
}
