using MassarDalil.Content.Pages;

namespace MassarDalil.Content.Publishing;

/// <summary>When each question of an FAQ last changed, carried from revision to revision.</summary>
public static class QuestionChanges
{
    /// <summary>
    /// <paramref name="draft"/> as the next revision: each question keeps the time it last changed in
    /// <paramref name="previous"/> (the page's latest revision, made at <paramref name="previousAt"/>) when its
    /// text, its answer and its topic (key and title) are the same, and takes <paramref name="now"/> otherwise.
    /// A previous revision that did not record times gives its own time: the question has not changed since.
    /// </summary>
    public static PageContent Stamp(PageContent draft, PageContent? previous, DateTimeOffset previousAt, DateTimeOffset now)
    {
        if (!draft.Topics.Any(t => t.Questions.Count > 0))
        {
            return draft with { QuestionsChangedAt = null };
        }
        var before = (previous?.Topics ?? []).SelectMany(t => t.Questions.Select(q => (Topic: t, Question: q)))
            .GroupBy(p => p.Question.Key).ToDictionary(g => g.Key, g => g.First());
        var changed = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var topic in draft.Topics)
        {
            foreach (var question in topic.Questions)
            {
                var same = before.TryGetValue(question.Key, out var old) && old.Question == question &&
                    old.Topic.Key == topic.Key && old.Topic.Title == topic.Title;
                changed[question.Key] = same
                    ? previous!.QuestionsChangedAt?.GetValueOrDefault(question.Key) is { } at && at != default ? at : previousAt
                    : now;
            }
        }
        return draft with { QuestionsChangedAt = changed };
    }
}
