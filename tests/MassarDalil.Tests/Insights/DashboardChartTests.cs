using System.Xml.Linq;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager;
using MassarDalil.Web.Areas.Manager.Insights;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Insights;

/// <summary>The dashboard's charts, drawn and worded by the manager (the engine gives figures only).</summary>
public class DashboardChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static Task<DashboardCharts> ChartsAsync(MassarApp app, ManagerText text) =>
        app.WithDbAsync(async (db, services) =>
            await services.GetRequiredService<DashboardChartBuilder>().BuildAsync(text, await db.Sites.OrderBy(s => s.SortOrder).ToListAsync()));

    [Theory]
    [InlineData("ar", "عدد الأسئلة المنشورة حسب الموضوع واللغة", "أسئلة عامة", "العربية", "الإنجليزية", "الفرنسية", "نعم", "rtl")]
    [InlineData("en", "Published questions per topic and language", "General questions", "Arabic", "English", "French", "Yes", null)]
    public async Task TheChartsAreSvgInTheEditorsLanguageAndDirection(
        string language, string title, string firstTopic, string arabic, string english, string french, string yes, string? direction)
    {
        using var app = new MassarApp();
        await app.WithDbAsync((_, services) => services.GetRequiredService<UnansweredSearches>().RecordAsync("en", "zorglub").ContinueWith(_ => 0));

        var charts = await ManagerWords.In(language, text => ChartsAsync(app, text));

        var questions = XElement.Parse(charts.QuestionsPerTopic);
        Assert.Equal(title, questions.Element(Svg + "title")!.Value);
        var texts = questions.Elements(Svg + "text").ToList();
        Assert.Contains(firstTopic, texts.Select(t => t.Value));
        Assert.Equal([arabic, english, french], texts.Where(t => t.Attribute("class")?.Value == "chart-legend").Select(t => t.Value));
        Assert.All(texts.Where(t => t.Attribute("class")?.Value == "chart-label"), t => Assert.Equal(direction, t.Attribute("direction")?.Value));
        var unanswered = XElement.Parse(charts.UnansweredPerDay);
        Assert.Equal(30, unanswered.Elements(Svg + "rect").Count());
        Assert.Contains("1", unanswered.Elements(Svg + "text").Select(t => t.Value));
        var votes = XElement.Parse(charts.HelpfulVotesPerTopic);
        Assert.Equal(16, votes.Elements(Svg + "rect").Count(r => r.Element(Svg + "title") is not null));
        Assert.Equal(yes, votes.Elements(Svg + "text").First(t => t.Attribute("class")?.Value == "chart-legend").Value);
    }
}
