using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Publishing;

/// <summary>
/// Resolves a conflict the way the editor chose, difference by difference: their version of a
/// field, topic title or question replaces ours; everything not chosen stays as we typed it.
/// </summary>
public static class ConflictMerge
{
    public const string Theirs = "theirs";

    /// <summary>Choice key of a page field (<c>Title</c>, <c>Description</c>, <c>Body</c>).</summary>
    public static string Field(string name) => "f:" + name;

    public static string Topic(string key) => "t:" + key;

    public static string Question(string key) => "q:" + key;

    public static PageContent Apply(PageContent mine, PageContent theirs, IReadOnlyDictionary<string, string> choices)
    {
        bool TakeTheirs(string choice) => choices.TryGetValue(choice, out var value) && value == Theirs;

        var merged = mine with
        {
            Title = TakeTheirs(Field("Title")) ? theirs.Title : mine.Title,
            Description = TakeTheirs(Field("Description")) ? theirs.Description : mine.Description,
            Body = TakeTheirs(Field("Body")) ? theirs.Body : mine.Body,
        };
        var theirQuestions = theirs.Topics.SelectMany(t => t.Questions.Select(q => (Topic: t, Question: q)))
            .GroupBy(x => x.Question.Key).ToDictionary(g => g.Key, g => g.First());
        var topics = merged.Topics.Select(topic =>
        {
            var title = TakeTheirs(Topic(topic.Key)) && theirs.Topics.FirstOrDefault(t => t.Key == topic.Key) is { } theirTopic ? theirTopic.Title : topic.Title;
            var questions = topic.Questions
                .Where(q => !TakeTheirs(Question(q.Key)) || theirQuestions.ContainsKey(q.Key))
                .Select(q => TakeTheirs(Question(q.Key)) ? theirQuestions[q.Key].Question : q)
                .ToList();
            return topic with { Title = title, Questions = questions };
        }).ToList();

        // Questions only they have, which the editor chose to keep, go where they had them.
        var ours = merged.AllQuestions.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, (theirTopic, question)) in theirQuestions.Where(x => !ours.Contains(x.Key) && TakeTheirs(Question(x.Key))))
        {
            var index = topics.FindIndex(t => t.Key == theirTopic.Key);
            if (index < 0)
            {
                topics.Add(theirTopic with { Questions = [] });
                index = topics.Count - 1;
            }
            topics[index] = topics[index] with { Questions = [.. topics[index].Questions, question] };
        }
        return merged with { Topics = topics };
    }
}
