using MassarDalil.Content.Feedback;
using MassarDalil.Content.Published;
using MassarDalil.Content.Search;

namespace MassarDalil.Content.Insights;

/// <summary>
/// The figures behind the manager's dashboard: data only, drawn and worded by the manager. Topic titles come from the
/// site the caller names (the manager passes its reader's language), then from the others.
/// </summary>
public sealed class ContentInsights(PublishedContent content, UnansweredSearches unanswered, AnswerFeedback feedback)
{
    /// <summary>Published questions per FAQ topic and language; topics in the order of the <paramref name="titleLanguage"/> FAQ.</summary>
    public async Task<IReadOnlyList<TopicQuestionCount>> QuestionsPerTopicAsync(string titleLanguage, CancellationToken cancellationToken = default)
    {
        var snapshot = await content.GetAsync(cancellationToken);
        var topics = Topics(snapshot, titleLanguage);
        return topics.Select(t => new TopicQuestionCount(t.Key, t.Title, snapshot.Sites.ToDictionary(
                s => s.Site.Key, s => s.Faq?.Topics.FirstOrDefault(x => x.Key == t.Key)?.Questions.Count ?? 0)))
            .ToList();
    }

    /// <summary>"Yes" and "no" votes per FAQ topic, both languages together.</summary>
    public async Task<IReadOnlyList<TopicVotes>> HelpfulVotesPerTopicAsync(string titleLanguage, CancellationToken cancellationToken = default)
    {
        var snapshot = await content.GetAsync(cancellationToken);
        var scores = await feedback.ScoresAsync(cancellationToken: cancellationToken);
        return Topics(snapshot, titleLanguage)
            .Select(t => new TopicVotes(t.Key, t.Title,
                scores.Where(s => s.TopicKey == t.Key).Sum(s => s.Yes),
                scores.Where(s => s.TopicKey == t.Key).Sum(s => s.No)))
            .ToList();
    }

    public Task<IReadOnlyList<DailyCount>> UnansweredPerDayAsync(int days = UnansweredSearches.DefaultDays, CancellationToken cancellationToken = default) =>
        unanswered.PerDayAsync(days, cancellationToken: cancellationToken);

    private static List<PublishedTopic> Topics(PublishedSnapshot snapshot, string titleLanguage)
    {
        // Topics missing from the editor's language still appear, under their title in another language.
        var ordered = (snapshot.Find(titleLanguage) is { } first ? new[] { first } : []).Concat(snapshot.Sites);
        return ordered.SelectMany(s => s.Faq?.Topics ?? []).DistinctBy(t => t.Key).ToList();
    }
}

public sealed record TopicQuestionCount(string TopicKey, string Title, IReadOnlyDictionary<string, int> PerLanguage);

public sealed record TopicVotes(string TopicKey, string Title, int Yes, int No);

