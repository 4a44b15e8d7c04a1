using System.Globalization;
using System.Text;
using MassarDalil.Content.Text;

namespace MassarDalil.Web.Areas.Manager.Insights;

/// <summary>
/// Charts as plain SVG markup, drawn on the server: no script, no library, no style attribute (the
/// site's CSP forbids inline style). Each chart is an image with a title and a description for
/// screen readers, a legend, and every value written as text beside its bar, so nothing depends on
/// colour alone. Right-to-left charts put labels on the right and grow bars leftwards.
/// </summary>
public static class SvgChart
{
    public static readonly IReadOnlyList<string> Palette = ["#0b5d52", "#b45309", "#1d4ed8", "#7e22ce"];

    // The drawing's own units. The page scales the whole drawing to its box (viewBox, no fixed size), so the
    // width is chosen small enough that 13-unit text stays readable in a phone's box, about 340 pixels wide.
    internal const int Width = 400;
    private const int ValueWidth = 110;
    private const int LabelHeight = 18;
    private const int BarHeight = 14;
    private const int BarGap = 4;
    private const int GroupGap = 12;
    private const int LegendHeight = 32;
    private const string Ink = "#1c2321";
    private const string Line = "#8a9a95";

    /// <summary>
    /// Grouped horizontal bars: one group per category, its label on a line of its own (so a long topic title
    /// has the whole width), then one bar per series with its value written at the bar's end.
    /// </summary>
    public static string HorizontalBars(BarChart chart)
    {
        var barsHeight = (chart.Series.Count * (BarHeight + BarGap)) - BarGap;
        var groupHeight = LabelHeight + barsHeight;
        var height = LegendHeight + (chart.Categories.Count * (groupHeight + GroupGap)) + 4;
        var max = Math.Max(1, chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var barSpace = Width - ValueWidth;
        var svg = Open(chart.Id, chart.Title, chart.Description, height);
        Legend(svg, chart.Series.Select(s => s.Name).ToList(), chart.RightToLeft);

        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var top = LegendHeight + (c * (groupHeight + GroupGap));
            // Labels start where the bars start: at the left, or (right to left) at the right.
            var labelX = chart.RightToLeft ? Width - 2 : 2;
            Text(svg, labelX, top + 13, chart.Categories[c], Anchor.Start, chart.RightToLeft, "chart-label", bold: false);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var series = chart.Series[s];
                var value = s < series.Values.Count ? series.Values[c] : 0;
                var length = value == 0 ? 0 : Math.Max(2, barSpace * value / (double)max);
                var y = top + LabelHeight + (s * (BarHeight + BarGap));
                var x = chart.RightToLeft ? Width - length : 0;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{y}\" width=\"{N(length)}\" height=\"{BarHeight}\" fill=\"{Colour(s)}\">")
                    .Append("<title>").Append(HtmlText.Escape($"{chart.Categories[c]}, {series.Name}: {value}")).Append("</title></rect>");
                var valueX = chart.RightToLeft ? x - 6 : x + length + 6;
                Text(svg, valueX, y + BarHeight - 2, $"{series.Name}: {value}", Anchor.Start, chart.RightToLeft, "chart-value", bold: false);
            }
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Columns over time, oldest on the left; every fifth label and the last are written under the axis. Each
    /// non-zero value is written above its column, one step higher when its neighbour's would touch it.
    /// </summary>
    public static string Columns(ColumnChart chart)
    {
        const int height = 220;
        const int top = 36;
        const int axisY = height - 30;
        const int left = 30;
        const int right = 22; // room for half of the last day's label, centred under the last column
        var max = Math.Max(1, chart.Points.Select(p => p.Value).DefaultIfEmpty(0).Max());
        var slot = (Width - left - right) / (double)Math.Max(1, chart.Points.Count);
        var svg = Open(chart.Id, chart.Title, chart.Description, height);

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{axisY}\" x2=\"{Width - right}\" y2=\"{axisY}\" stroke=\"{Line}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{axisY}\" stroke=\"{Line}\"/>");
        Text(svg, left - 4, axisY + 4, "0", Anchor.End, rightToLeft: false, "chart-axis", bold: false);
        Text(svg, left - 4, top + 4, max.ToString(CultureInfo.InvariantCulture), Anchor.End, rightToLeft: false, "chart-axis", bold: false);

        var lifted = false;
        for (var i = 0; i < chart.Points.Count; i++)
        {
            var point = chart.Points[i];
            var barHeight = point.Value == 0 ? 0 : Math.Max(2, (axisY - top) * point.Value / (double)max);
            var x = left + (i * slot) + (slot * 0.15);
            var width = slot * 0.7;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(axisY - barHeight)}\" width=\"{N(width)}\" height=\"{N(barHeight)}\" fill=\"{Colour(0)}\">")
                .Append("<title>").Append(HtmlText.Escape($"{point.Label}: {point.Value}")).Append("</title></rect>");
            if (point.Value > 0)
            {
                // A number wider than its column would run into the next one's: every other such neighbour goes up a line.
                var digits = point.Value.ToString(CultureInfo.InvariantCulture);
                var crowded = i > 0 && chart.Points[i - 1].Value > 0 && (digits.Length * 7) > slot;
                lifted = crowded && !lifted;
                Text(svg, x + (width / 2), axisY - barHeight - 4 - (lifted ? 12 : 0), digits, Anchor.Middle, rightToLeft: false, "chart-value", bold: false);
            }
            else
            {
                lifted = false;
            }
            if (i % 5 == 0 || i == chart.Points.Count - 1)
            {
                Text(svg, x + (width / 2), axisY + 18, point.Label, Anchor.Middle, rightToLeft: false, "chart-axis", bold: false);
            }
        }
        return svg.Append("</svg>").ToString();
    }

    private enum Anchor
    {
        Start,
        Middle,
        End,
    }

    private static StringBuilder Open(string id, string title, string description, int height)
    {
        var svg = new StringBuilder(4096);
        var safeId = HtmlText.Escape(id);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{safeId}-title {safeId}-desc\" font-family=\"system-ui, sans-serif\" font-size=\"13\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{safeId}-title\">{HtmlText.Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{safeId}-desc\">{HtmlText.Escape(description)}</desc>");
        return svg;
    }

    private static void Legend(StringBuilder svg, List<string> names, bool rightToLeft)
    {
        var x = rightToLeft ? Width - 4.0 : 4.0;
        for (var i = 0; i < names.Count; i++)
        {
            var swatchX = rightToLeft ? x - 14 : x;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(swatchX)}\" y=\"8\" width=\"14\" height=\"14\" fill=\"{Colour(i)}\"/>");
            var textX = rightToLeft ? swatchX - 6 : swatchX + 20;
            Text(svg, textX, 20, names[i], Anchor.Start, rightToLeft, "chart-legend", bold: true);
            // Legend entries are short words; a fixed step keeps the builder free of text measuring.
            x += rightToLeft ? -130 : 130;
        }
    }

    /// <summary>
    /// Writes text. <paramref name="anchor"/> is in reading order: in a right-to-left chart the text
    /// gets direction="rtl", which makes "start" its right end and lays out Arabic with Latin inside correctly.
    /// </summary>
    private static void Text(StringBuilder svg, double x, double y, string text, Anchor anchor, bool rightToLeft, string cssClass, bool bold)
    {
        var svgAnchor = anchor switch
        {
            Anchor.Start => "start",
            Anchor.Middle => "middle",
            _ => "end",
        };
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{svgAnchor}\" fill=\"{Ink}\" class=\"{cssClass}\"")
            .Append(rightToLeft ? " direction=\"rtl\"" : "")
            .Append(bold ? " font-weight=\"600\"" : "")
            .Append('>').Append(HtmlText.Escape(text)).Append("</text>");
    }

    private static string Colour(int index) => Palette[index % Palette.Count];

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}

/// <param name="Id">Unique on the page: the title and description get ids from it.</param>
public sealed record BarChart(
    string Id, string Title, string Description, IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series, bool RightToLeft);

public sealed record BarSeries(string Name, IReadOnlyList<int> Values);

public sealed record ColumnChart(string Id, string Title, string Description, IReadOnlyList<ColumnPoint> Points, bool RightToLeft);

public sealed record ColumnPoint(string Label, int Value);
