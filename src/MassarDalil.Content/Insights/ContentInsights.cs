using MassarDalil.Content.Feedback;
using MassarDalil.Content.Published;
using MassarDalil.Content.Search;

namespace MassarDalil.Content.Insights;

/// <summary>
/// The figures behind the manager's dashboard, and the dashboard's charts as SVG ready to place in
/// a page. Topic titles come in the language the editor reads the manager in.
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

    /// <summary>The three dashboard charts as SVG markup, labelled in <paramref name="uiLanguage"/> (ar or en).</summary>
    public async Task<DashboardCharts> ChartsAsync(string uiLanguage, CancellationToken cancellationToken = default)
    {
        var words = ChartWords.For(uiLanguage);
        var rtl = uiLanguage == "ar";
        var perTopic = await QuestionsPerTopicAsync(uiLanguage, cancellationToken);
        var languages = perTopic.SelectMany(t => t.PerLanguage.Keys).Distinct().ToList();
        var questions = SvgChart.HorizontalBars(new BarChart(
            "chart-questions", words.QuestionsTitle, words.QuestionsDescription,
            perTopic.Select(t => t.Title).ToList(),
            languages.Select(l => new BarSeries(words.LanguageName(l), perTopic.Select(t => t.PerLanguage[l]).ToList())).ToList(),
            rtl));

        var days = await UnansweredPerDayAsync(cancellationToken: cancellationToken);
        var unansweredChart = SvgChart.Columns(new ColumnChart(
            "chart-unanswered", words.UnansweredTitle, words.UnansweredDescription(days.Sum(d => d.Count)),
            days.Select(d => new ColumnPoint(d.Day.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture), d.Count)).ToList(),
            rtl));

        var votes = await HelpfulVotesPerTopicAsync(uiLanguage, cancellationToken);
        var votesChart = SvgChart.HorizontalBars(new BarChart(
            "chart-votes", words.VotesTitle, words.VotesDescription,
            votes.Select(v => v.Title).ToList(),
            [new BarSeries(words.Yes, votes.Select(v => v.Yes).ToList()), new BarSeries(words.No, votes.Select(v => v.No).ToList())],
            rtl));
        return new DashboardCharts(questions, unansweredChart, votesChart);
    }

    private static List<PublishedTopic> Topics(PublishedSnapshot snapshot, string titleLanguage)
    {
        // Topics missing from the editor's language still appear, under their title in another language.
        var ordered = (snapshot.Find(titleLanguage) is { } first ? new[] { first } : []).Concat(snapshot.Sites);
        return ordered.SelectMany(s => s.Faq?.Topics ?? []).DistinctBy(t => t.Key).ToList();
    }
}

public sealed record TopicQuestionCount(string TopicKey, string Title, IReadOnlyDictionary<string, int> PerLanguage);

public sealed record TopicVotes(string TopicKey, string Title, int Yes, int No);

/// <summary>SVG markup for <c>@Html.Raw</c>: built from numbers and escaped text only.</summary>
public sealed record DashboardCharts(string QuestionsPerTopic, string UnansweredPerDay, string HelpfulVotesPerTopic);
