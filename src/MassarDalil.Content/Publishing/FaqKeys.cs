using MassarDalil.Content.Pages;
using MassarDalil.Content.Text;

namespace MassarDalil.Content.Publishing;

/// <summary>
/// Gives new topics and questions a key when the editor left it empty: from the text when it is
/// English, transliterated when it is Arabic (<see cref="Slug.KeyFor"/>), else a numbered placeholder; the
/// editor can rename it until the question is published.
/// </summary>
public static class FaqKeys
{
    /// <param name="taken">Keys to avoid besides the content's own (what another editor saved meanwhile).</param>
    public static PageContent FillMissing(PageContent content, IEnumerable<string>? taken = null)
    {
        // One set for topics and questions: both are anchors of the same page, so a question may not take a topic's key.
        var used = new HashSet<string>(content.Topics.Select(t => t.Key).Concat(content.AllQuestions.Select(q => q.Key)).Where(k => k.Length > 0)
            .Concat(taken ?? []), StringComparer.Ordinal);
        var topics = content.Topics.Select(topic =>
        {
            var key = topic.Key.Length > 0 ? topic.Key : Unique(Slug.KeyFor(topic.Title), "topic", used);
            var questions = topic.Questions
                .Select(q => q.Key.Length > 0 ? q : q with { Key = Unique(Slug.KeyFor(q.Question), "question", used) })
                .ToList();
            return topic with { Key = key, Questions = questions };
        }).ToList();
        return content with { Topics = topics };
    }

    private static string Unique(string wanted, string fallback, HashSet<string> used)
    {
        var stem = wanted.Length > 0 ? wanted : fallback;
        var key = wanted.Length > 0 ? wanted : $"{fallback}-1";
        for (var n = 2; used.Contains(key); n++)
        {
            key = $"{stem}-{n}";
        }
        used.Add(key);
        return key;
    }
}
