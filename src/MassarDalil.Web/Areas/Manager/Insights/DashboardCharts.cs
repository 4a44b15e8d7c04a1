using System.Globalization;
using MassarDalil.Content.Insights;
using MassarDalil.Content.Sites;
using Microsoft.Extensions.Localization;

namespace MassarDalil.Web.Areas.Manager.Insights;

/// <summary>SVG markup for <c>@Html.Raw</c>: built from numbers and escaped text only.</summary>
public sealed record DashboardCharts(string QuestionsPerTopic, string UnansweredPerDay, string HelpfulVotesPerTopic);

/// <summary>
/// Draws the dashboard's three charts from the engine's figures (<see cref="ContentInsights"/>), worded from
/// Resources/ChartWords*.resx in the manager's language and laid out in its direction.
/// </summary>
public sealed class DashboardChartBuilder(ContentInsights insights, IStringLocalizer<ChartWords> words)
{
    /// <param name="sites">The sites, for the names of their languages in the legend.</param>
    public async Task<DashboardCharts> BuildAsync(ManagerText text, IReadOnlyList<Site> sites, CancellationToken cancellationToken = default)
    {
        // The localizer reads the thread's UI culture; the manager chooses its reader's language itself (cookie, browser).
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = text.Culture;
        try
        {
            return await DrawAsync(text, sites, cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private async Task<DashboardCharts> DrawAsync(ManagerText text, IReadOnlyList<Site> sites, CancellationToken cancellationToken)
    {
        var rtl = text.Direction == TextDirections.Rtl;
        var perTopic = await insights.QuestionsPerTopicAsync(text.Language, cancellationToken);
        var languages = perTopic.SelectMany(t => t.PerLanguage.Keys).Distinct().ToList();
        var questions = SvgChart.HorizontalBars(new BarChart(
            "chart-questions", words["QuestionsTitle"], words["QuestionsDescription"],
            perTopic.Select(t => t.Title).ToList(),
            languages.Select(l => new BarSeries(LanguageName(text, l, sites), perTopic.Select(t => t.PerLanguage[l]).ToList())).ToList(),
            rtl));

        var days = await insights.UnansweredPerDayAsync(cancellationToken: cancellationToken);
        var unanswered = SvgChart.Columns(new ColumnChart(
            "chart-unanswered", words["UnansweredTitle"], words["UnansweredDescription", days.Sum(d => d.Count)],
            days.Select(d => new ColumnPoint(d.Day.ToString("dd/MM", CultureInfo.InvariantCulture), d.Count)).ToList(),
            rtl));

        var votes = await insights.HelpfulVotesPerTopicAsync(text.Language, cancellationToken);
        var votesChart = SvgChart.HorizontalBars(new BarChart(
            "chart-votes", words["VotesTitle"], words["VotesDescription"],
            votes.Select(v => v.Title).ToList(),
            [new BarSeries(words["Yes"], votes.Select(v => v.Yes).ToList()), new BarSeries(words["No"], votes.Select(v => v.No).ToList())],
            rtl));
        return new DashboardCharts(questions, unanswered, votesChart);
    }

    /// <summary>
    /// A site's language as the reader calls it: the manager's own name for it (<see cref="ManagerText.SiteName"/>), else
    /// the name its culture gives itself, so a site added to sites.yml is named without code.
    /// </summary>
    private static string LanguageName(ManagerText text, string siteKey, IReadOnlyList<Site> sites)
    {
        var name = text.SiteName(siteKey);
        if (name != siteKey)
        {
            return name;
        }
        return sites.FirstOrDefault(s => s.Key == siteKey) is { } site ? CultureInfo.GetCultureInfo(site.Culture).NativeName : siteKey;
    }
}
