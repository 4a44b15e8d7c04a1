using MassarDalil.Content.Import;
using MassarDalil.Content.Markdown;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Markdown;

/// <summary>
/// A snapshot renders each text once for its HTML and its plain text, and the save check reads each text once for
/// every rule: the answers must be those of the separate readings they replaced.
/// </summary>
public class OneParseTests
{
    private static readonly MarkdownRenderer Renderer = new();

    /// <summary>Shapes the seed has few of: links the site drops, library images, raw HTML, Latin inside Arabic, tables.</summary>
    private static readonly string[] Shapes =
    [
        "See [the portal](https://moutamadris.men.gov.ma) and [this](javascript:alert(1)) and <https://massar.men.gov.ma>.",
        "![a photo](media:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef) ![outside](https://example.org/x.png)",
        "<b>bold</b> <script>alert(1)</script> & < > \"quoted\"",
        "<script>alert(4)</script>\n\n<iframe src=\"https://evil.example\"></iframe>",
        "ادخل إلى moutamadris.men.gov.ma ثم اضغط **Caps Lock** و`code`.",
        "| a | b |\n| - | - |\n| **c** | [d](/ar/faq) |",
        "1. one\n   - two\n     > three ~~four~~ ^five^ ==six== ++seven++\n\n```\ncode <i>\n```",
        "Line one  \nline two\\\nline three\n\n---\n\n#### A fourth-level heading",
        "",
    ];

    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in SeedFolderReader.Read(TestPaths.Seed).Set!.Pages)
        {
            var texts = page.Content.AllQuestions.Select(q => q.Answer).Prepend(page.Content.Body);
            data.Add($"{page.SiteKey}/{page.Slug}", string.Join("\n\n", texts));
        }
        foreach (var (shape, i) in Shapes.Select((s, i) => (s, i)))
        {
            data.Add($"shape {i}", shape);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void OneRenderGivesTheHtmlAndTheTextOfTwo(string where, string markdown)
    {
        foreach (var rightToLeft in new[] { true, false })
        {
            var rendered = Renderer.Render(markdown, rightToLeft);

            Assert.Equal(Renderer.ToHtml(markdown, rightToLeft), rendered.Html);
            // Markdig's own plain text, parsed apart, not the renderer's.
            Assert.Equal(Markdig.Markdown.ToPlainText(markdown, MarkdownRenderer.Pipeline).Trim(), rendered.Text);
        }
        Assert.NotEmpty(where);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void TheCheckReadsTheLinksAsWrittenAndTheHtmlOfBothDirections(string where, string markdown)
    {
        var reading = MarkdownCheck.Read(markdown);

        Assert.Null(reading.Problem);
        Assert.Equal(MarkdownRenderer.Links(markdown), reading.Links);
        // What the live preview shows: the page's HTML in the site's direction.
        Assert.Equal(Renderer.ToHtml(markdown, rightToLeft: false), reading.Html(rightToLeft: false));
        Assert.Equal(Renderer.ToHtml(markdown, rightToLeft: true), reading.Html(rightToLeft: true));
        Assert.NotEmpty(where);
    }

    [Fact]
    public void TheLinksOfTheShapesAreReadInOrder()
    {
        Assert.Equal(
            [
                ("https://moutamadris.men.gov.ma", false, "the portal"),
                ("javascript:alert(1)", false, "this"),
                ("https://massar.men.gov.ma", false, ""),
            ],
            MarkdownCheck.Read(Shapes[0]).Links.Select(l => (l.Url, l.IsImage, l.Words)));
    }

    [Theory]
    [InlineData("## A topic", FaqMarkdownProblem.TopLevelHeading)]
    [InlineData("Text\n===", FaqMarkdownProblem.SetextHeading)]
    [InlineData("###Question {#key}", FaqMarkdownProblem.LookAlikeHeading)]
    [InlineData("#### A heading an answer may have", null)]
    public void TheCheckReadsHowTheTextStandsBetweenAnFaqsHeadings(string markdown, FaqMarkdownProblem? expected)
    {
        Assert.Equal(expected, MarkdownCheck.Read(markdown).FaqProblem);
    }

    [Fact]
    public void TextThatCannotRenderIsReadForNothingElse()
    {
        var deep = string.Concat(Enumerable.Repeat("> ", 200)) + "[a](javascript:x)\n\n## heading";

        var reading = MarkdownCheck.Read(deep);

        Assert.Equal(MarkdownProblem.TooDeeplyNested, reading.Problem);
        Assert.Empty(reading.Links);
        Assert.Null(reading.FaqProblem);
    }
}
