using System.Xml.Linq;
using MassarDalil.Content.Feedback;
using MassarDalil.Content.Insights;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Insights;

/// <summary>The figures and charts the manager's dashboard will show.</summary>
public class ContentInsightsTests
{
    private static Task<T> WithInsightsAsync<T>(MassarApp app, Func<ContentInsights, Task<T>> work) =>
        app.WithDbAsync((_, services) => work(services.GetRequiredService<ContentInsights>()));

    [Fact]
    public async Task QuestionsAreCountedPerTopicAndLanguage()
    {
        using var app = new MassarApp();
        var counts = await WithInsightsAsync(app, i => i.QuestionsPerTopicAsync("en"));

        Assert.Equal(8, counts.Count);
        Assert.Equal(("general", "General questions"), (counts[0].TopicKey, counts[0].Title));
        Assert.Equal(5, counts[0].PerLanguage["ar"]);
        Assert.Equal(5, counts[0].PerLanguage["en"]);
        Assert.Equal(34, counts.Sum(c => c.PerLanguage["ar"]));
        Assert.Equal("أسئلة عامة", (await WithInsightsAsync(app, i => i.QuestionsPerTopicAsync("ar")))[0].Title);
    }

    [Fact]
    public async Task HelpfulVotesAreSummedPerTopicOverBothLanguages()
    {
        using var app = new MassarApp();
        await app.WithDbAsync(async (_, services) =>
        {
            var feedback = services.GetRequiredService<AnswerFeedback>();
            await feedback.VoteAsync("en", "pass-mark", true, null, AnswerFeedback.NewBrowserToken());
            await feedback.VoteAsync("ar", "wrong-grade", false, FeedbackReason.Unclear, AnswerFeedback.NewBrowserToken());
            return await feedback.VoteAsync("en", "nfc-is-safe", false, null, AnswerFeedback.NewBrowserToken());
        });

        var votes = await WithInsightsAsync(app, i => i.HelpfulVotesPerTopicAsync("en"));

        Assert.Equal((1, 1), votes.Where(v => v.TopicKey == "grades").Select(v => (v.Yes, v.No)).Single());
        Assert.Equal((0, 1), votes.Where(v => v.TopicKey == "digital-id").Select(v => (v.Yes, v.No)).Single());
        Assert.Equal((0, 0), votes.Where(v => v.TopicKey == "general").Select(v => (v.Yes, v.No)).Single());
    }

    [Theory]
    [InlineData("ar", "عدد الأسئلة المنشورة حسب الموضوع واللغة", "أسئلة عامة")]
    [InlineData("en", "Published questions per topic and language", "General questions")]
    public async Task TheDashboardChartsAreSvgInTheEditorsLanguage(string language, string title, string firstTopic)
    {
        using var app = new MassarApp();
        await app.WithDbAsync((_, services) => services.GetRequiredService<UnansweredSearches>().RecordAsync("en", "zorglub").ContinueWith(_ => 0));

        var charts = await WithInsightsAsync(app, i => i.ChartsAsync(language));

        XNamespace svg = "http://www.w3.org/2000/svg";
        var questions = XElement.Parse(charts.QuestionsPerTopic);
        Assert.Equal(title, questions.Element(svg + "title")!.Value);
        Assert.Contains(firstTopic, questions.Elements(svg + "text").Select(t => t.Value));
        var unanswered = XElement.Parse(charts.UnansweredPerDay);
        Assert.Equal(30, unanswered.Elements(svg + "rect").Count());
        Assert.Contains("1", unanswered.Elements(svg + "text").Select(t => t.Value));
        Assert.Equal(16, XElement.Parse(charts.HelpfulVotesPerTopic).Elements(svg + "rect").Count(r => r.Element(svg + "title") is not null));
    }
}
