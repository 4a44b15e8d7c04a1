namespace MassarDalil.Content.Pages;

/// <summary>
/// How a draft is split between the page's row and its <see cref="DraftQuestion"/> rows: the page row keeps the
/// title, description, body, the topics (without their questions) and the draft's history; each question is a row
/// with its topic and place. A page with no question rows holds its whole draft in its own row, as every page did
/// before the rows existed, so drafts saved then read as they were and become rows at their next save.
/// </summary>
public static class DraftRows
{
    /// <summary>The draft the page row <paramref name="stored"/> and its question rows make together.</summary>
    public static PageContent Assemble(PageContent stored, IReadOnlyCollection<DraftQuestion> rows)
    {
        if (rows.Count == 0 || stored.UnreadableJson is not null)
        {
            return stored;
        }
        var byTopic = rows.GroupBy(r => r.TopicKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Position).Select(r => r.ToQuestion()).ToList(), StringComparer.Ordinal);
        return stored with
        {
            Topics = [.. stored.Topics.Select(t => byTopic.TryGetValue(t.Key, out var questions) ? t with { Questions = questions } : t)],
        };
    }

    /// <summary>
    /// Makes <paramref name="rows"/> hold <paramref name="content"/>'s questions, changing only the rows whose question,
    /// topic or place differs (so change tracking writes only those), and returns what the page row keeps.
    /// Content that cannot be split by key (a key twice or empty, which no validated draft has) is kept whole in the page row.
    /// </summary>
    public static PageContent Store(PageContent content, List<DraftQuestion> rows)
    {
        if (content.UnreadableJson is not null)
        {
            return content;
        }
        var topicKeys = new HashSet<string>(StringComparer.Ordinal);
        var questionKeys = new HashSet<string>(StringComparer.Ordinal);
        if (!content.Topics.All(t => t.Key.Length > 0 && topicKeys.Add(t.Key)) || !content.AllQuestions.All(q => q.Key.Length > 0 && questionKeys.Add(q.Key)))
        {
            rows.Clear();
            return content;
        }
        var existing = rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        rows.RemoveAll(r => !questionKeys.Contains(r.Key));
        foreach (var topic in content.Topics)
        {
            for (var position = 0; position < topic.Questions.Count; position++)
            {
                var question = topic.Questions[position];
                if (!existing.TryGetValue(question.Key, out var row))
                {
                    rows.Add(DraftQuestion.For(question, topic.Key, position));
                    continue;
                }
                // Only what differs is set: an unchanged row stays unmodified and is not written.
                if (row.TopicKey != topic.Key)
                {
                    row.TopicKey = topic.Key;
                }
                if (row.Position != position)
                {
                    row.Position = position;
                }
                row.Take(question);
            }
        }
        return PageRowPart(content);
    }

    /// <summary>What the page row keeps of an FAQ draft whose questions are rows: everything but the questions.</summary>
    public static PageContent PageRowPart(PageContent content) =>
        content with { Topics = [.. content.Topics.Select(t => t with { Questions = [] })] };
}
