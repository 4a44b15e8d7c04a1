using System.Globalization;
using System.Xml.Linq;
using MassarDalil.Web.Areas.Manager.Insights;

namespace MassarDalil.Tests.Insights;

public class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static BarChart Topics(bool rightToLeft) => new(
        "chart-q", "Questions per topic", "How many questions each topic has",
        ["Signing in", "Digital ID (NFC)", "<script>"],
        [new BarSeries("Arabic", [5, 4, 0]), new BarSeries("English", [5, 3, 1])],
        rightToLeft);

    [Fact]
    public void ABarChartIsAnImageNamedByItsTitleAndDescription()
    {
        var svg = XElement.Parse(SvgChart.HorizontalBars(Topics(rightToLeft: false)));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("chart-q-title chart-q-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Questions per topic", svg.Element(Svg + "title")!.Value);
        Assert.Equal("chart-q-title", (string?)svg.Element(Svg + "title")!.Attribute("id"));
        Assert.Equal("How many questions each topic has", svg.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void EveryBarHasItsValueWrittenAsTextAndInItsTooltip()
    {
        var svg = XElement.Parse(SvgChart.HorizontalBars(Topics(rightToLeft: false)));

        var texts = svg.Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Signing in", texts);
        Assert.Contains("<script>", texts); // escaped in the markup, text again once parsed
        Assert.Contains("Arabic: 4", texts);
        Assert.Contains("English: 1", texts);
        var bars = svg.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).ToList();
        Assert.Equal(6, bars.Count);
        Assert.Equal("Digital ID (NFC), English: 3", bars[3].Element(Svg + "title")!.Value);
        Assert.Equal("0", (string?)bars[4].Attribute("width"));
    }

    [Fact]
    public void TheLegendNamesEachSeriesBesideItsColour()
    {
        var svg = XElement.Parse(SvgChart.HorizontalBars(Topics(rightToLeft: false)));

        var legend = svg.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart-legend").Select(t => t.Value);
        Assert.Equal(["Arabic", "English"], legend);
    }

    [Fact]
    public void LongerValuesDrawLongerBars()
    {
        var svg = XElement.Parse(SvgChart.HorizontalBars(Topics(rightToLeft: false)));

        var widths = svg.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null)
            .Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(widths[0], widths[1]);
        Assert.True(widths[2] > widths[3]);
        Assert.True(widths[3] > widths[5]);
    }

    [Fact]
    public void RightToLeftChartsPutLabelsOnTheRightAndGrowBarsLeftwards()
    {
        var ltr = XElement.Parse(SvgChart.HorizontalBars(Topics(rightToLeft: false)));
        var rtl = XElement.Parse(SvgChart.HorizontalBars(Topics(rightToLeft: true)));

        double X(XElement svg, string text) => double.Parse((string)svg.Elements(Svg + "text").First(t => t.Value == text).Attribute("x")!, CultureInfo.InvariantCulture);
        Assert.True(X(ltr, "Signing in") < 320);
        Assert.True(X(rtl, "Signing in") > 320);
        Assert.All(rtl.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart-label"), t => Assert.Equal("rtl", (string?)t.Attribute("direction")));
        var firstBar = rtl.Elements(Svg + "rect").First(r => r.Element(Svg + "title") is not null);
        var right = double.Parse((string)firstBar.Attribute("x")!, CultureInfo.InvariantCulture) + double.Parse((string)firstBar.Attribute("width")!, CultureInfo.InvariantCulture);
        Assert.Equal(400, right, 1); // the drawing's right edge: bars start at the label's side
    }

    [Fact]
    public void AColumnChartOf30DaysLabelsEveryFifthDayAndWritesNonZeroValues()
    {
        var points = Enumerable.Range(1, 30).Select(d => new ColumnPoint($"{d:00}/04", d % 7 == 0 ? d : 0)).ToList();
        var svg = XElement.Parse(SvgChart.Columns(new ColumnChart("chart-u", "Unanswered", "Per day", points, RightToLeft: false)));

        Assert.Equal(30, svg.Elements(Svg + "rect").Count());
        var axis = svg.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart-axis").Select(t => t.Value).ToList();
        Assert.Equal(["0", "28", "01/04", "06/04", "11/04", "16/04", "21/04", "26/04", "30/04"], axis);
        var values = svg.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart-value").Select(t => t.Value);
        Assert.Equal(["7", "14", "21", "28"], values);
    }

    [Fact]
    public void TheLastDaysColumnAndItsLabelStayInsideTheDrawing()
    {
        var points = Enumerable.Range(1, 30).Select(d => new ColumnPoint($"{d:00}/04", d == 30 ? 12 : 0)).ToList();
        var svg = XElement.Parse(SvgChart.Columns(new ColumnChart("chart-u", "Unanswered", "Per day", points, RightToLeft: false)));

        var width = double.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);
        var last = svg.Elements(Svg + "rect").Last();
        Assert.True(X(last) + double.Parse((string)last.Attribute("width")!, CultureInfo.InvariantCulture) <= width);
        // "30/04" centred on its column, at about 7 units a character of the 13-unit font.
        var label = svg.Elements(Svg + "text").Last(t => t.Value == "30/04");
        Assert.True(X(label) + (5 * 7 / 2.0) <= width, $"the last label is centred at {X(label)} of {width}");
        Assert.Null(svg.Attribute("width"));
    }

    private static double X(XElement element) => double.Parse((string)element.Attribute("x")!, CultureInfo.InvariantCulture);

    [Fact]
    public void EmptyDataStillGivesAValidChart()
    {
        var bars = XElement.Parse(SvgChart.HorizontalBars(new BarChart("e", "Empty", "Nothing yet", [], [], RightToLeft: false)));
        var columns = XElement.Parse(SvgChart.Columns(new ColumnChart("c", "Empty", "Nothing yet", [], RightToLeft: true)));

        Assert.Equal("Empty", bars.Element(Svg + "title")!.Value);
        Assert.Equal("Empty", columns.Element(Svg + "title")!.Value);
    }
}
