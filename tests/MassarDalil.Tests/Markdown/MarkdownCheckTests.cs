using MassarDalil.Content.Problems;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;

namespace MassarDalil.Tests.Markdown;

/// <summary>
/// The save check and the renderer agree: what the check accepts renders, and what it refuses the renderer
/// really cannot render (so editors are not stopped for nothing).
/// </summary>
public class MarkdownCheckTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    /// <summary>Every kind of nesting Markdig limits, past its limit; each small enough to type in an answer.</summary>
    public static TheoryData<string, string> TooDeep => new()
    {
        { "alphabetic list a.", Repeat("a. ", 400) + "x" },
        { "alphabetic list A.", Repeat("A. ", 400) + "x" },
        { "roman list i.", Repeat("i. ", 400) + "x" },
        { "roman list I.", Repeat("I. ", 400) + "x" },
        { "numbered list 1)", Repeat("1) ", 400) + "x" },
        { "numbered list 1.", Repeat("1. ", 400) + "x" },
        { "bullets -", Repeat("- ", 400) + "x" },
        { "bullets *", Repeat("* ", 400) + "x" },
        { "bullets +", Repeat("+ ", 400) + "x" },
        { "indented lists", string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', i * 2) + "- x\n")) },
        { "quotes > ", Repeat("> ", 200) + "x" },
        { "quotes >>>", Repeat(">", 400) + "x" },
        { "lists in quotes", Repeat("> 1. ", 60) + "x" },
        { "emphasis *", Repeat("*", 300) + "x" + Repeat("*", 300) },
        { "emphasis _", Repeat("_", 300) + "x" + Repeat("_", 300) },
        { "nested strong", Repeat("**a ", 200) + "x" + Repeat(" b**", 200) },
        { "superscript ^", Repeat("^", 200) + "x" + Repeat("^", 200) },
        { "inserted ++", Repeat("++", 200) + "x" + Repeat("++", 200) },
        { "marked ==", Repeat("==a ", 200) + "x" + Repeat(" b==", 200) },
        { "strikethrough ~~", Repeat("~~a ", 200) + "x" + Repeat(" b~~", 200) },
        { "images in links", Repeat("[![", 100) + "x" + Repeat("](/a)](/b)", 100) },
        { "images in images", Repeat("![", 200) + "x" + Repeat("](/a)", 200) },
        { "open brackets", Repeat("[", 20_000) },
        { "brackets across table cells", Repeat("|[", 10_000) },
    };

    /// <summary>The same kinds within the limits, and large but flat content: all of it renders and is accepted.</summary>
    public static TheoryData<string, string> WithinLimits => new()
    {
        { "alphabetic list a.", Repeat("a. ", 60) + "x" },
        { "roman list i.", Repeat("i. ", 60) + "x" },
        { "numbered list 1)", Repeat("1) ", 60) + "x" },
        { "bullets -", Repeat("- ", 60) + "x" },
        { "quotes", Repeat("> ", 120) + "x" },
        { "emphasis *", Repeat("*", 200) + "x" + Repeat("*", 200) },
        { "superscript ^", Repeat("^", 100) + "x" + Repeat("^", 100) },
        { "a long chain of links", Repeat("[step](/en/faq#a) then ", 800) },
        { "a long chain of references", Repeat("[a][r1] [b][r2] ", 500) + "\n\n[r1]: /en/faq\n[r2]: https://massar.men.gov.ma\n" },
        { "closed brackets", Repeat("[", 1_000) + "x" + Repeat("]", 1_000) },
        { "a huge table", "|" + Repeat(" h |", 30) + "\n|" + Repeat(" - |", 30) + "\n" + Repeat("|" + Repeat(" **c** |", 30) + "\n", 30) },
        { "a very wide table", "|" + Repeat("a|", 3_000) + "\n|" + Repeat("-|", 3_000) + "\n|" + Repeat("b|", 3_000) },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void TextTheRendererCannotRenderIsRefusedAsNestedTooDeeply(string kind, string markdown)
    {
        Assert.Equal(MarkdownProblem.TooDeeplyNested, MarkdownCheck.Find(markdown));
        // The refusal is real: the site's renderer fails on it, in one direction or both, or as plain text.
        Assert.ThrowsAny<ArgumentException>(() =>
        {
            Renderer.ToHtml(markdown, rightToLeft: false);
            Renderer.ToHtml(markdown, rightToLeft: true);
            Renderer.Render(markdown, rightToLeft: false);
        });
        Assert.False(string.IsNullOrEmpty(kind));
    }

    [Theory]
    [MemberData(nameof(WithinLimits))]
    public void TextWithinTheLimitsIsAcceptedAndRenders(string kind, string markdown)
    {
        Assert.Null(MarkdownCheck.Find(markdown));
        Assert.NotEmpty(Renderer.ToHtml(markdown, rightToLeft: true));
        Assert.NotEmpty(Renderer.ToHtml(markdown, rightToLeft: false));
        Assert.False(string.IsNullOrEmpty(kind));
    }

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void TheEditorsSaveRefusesItOnTheFieldItIsIn(string kind, string markdown)
    {
        var content = new PageContent
        {
            Title = "Guide",
            Body = markdown,
            Topics = [new FaqTopic("topic", "Topic", [new FaqQuestion("fine", "Fine?", "Yes."), new FaqQuestion("deep", "Deep?", markdown)])],
        };

        var problems = PageValidator.Validate(PageType.Faq, content, "faq");

        Assert.Equal(
            [Problem.For("Body", ProblemCode.TooDeeplyNested), Problem.For("Topics[0].Questions[1].Answer", ProblemCode.TooDeeplyNested)],
            problems);
        Assert.False(string.IsNullOrEmpty(kind));
    }

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void ARefusedTextLeavesTheRendererWorkingForTheNextOne(string kind, string markdown)
    {
        Assert.NotNull(MarkdownCheck.Find(markdown));
        Assert.ThrowsAny<ArgumentException>(() => Renderer.ToHtml(markdown, rightToLeft: true));

        Assert.Equal("<p>See <a href=\"/en/faq\"><em>the FAQ</em></a>.</p>\n", Renderer.ToHtml("See [*the FAQ*](/en/faq).", rightToLeft: false));
        Assert.False(string.IsNullOrEmpty(kind));
    }

    /// <summary>
    /// Generated Markdown of every shape the family above has, mixed and at random depths around the limits:
    /// whatever the check accepts, the renderer renders; whatever it refuses, the renderer fails on.
    /// </summary>
    [Fact]
    public void AnythingTheCheckAcceptsTheRendererRenders()
    {
        var random = new Random(20261204);
        var (accepted, refused) = (0, 0);
        for (var i = 0; i < 200; i++)
        {
            var markdown = RandomMarkdown(random);

            var problem = MarkdownCheck.Find(markdown);

            var rendered = Renders(markdown);
            Assert.True(rendered == (problem is null), $"check said {problem?.ToString() ?? "fine"} but rendering {(rendered ? "worked" : "failed")} for: {markdown}");
            _ = problem is null ? accepted++ : refused++;
        }
        // Both sides are exercised, or the test would prove nothing.
        Assert.InRange(accepted, 20, 200);
        Assert.InRange(refused, 20, 200);
    }

    private static bool Renders(string markdown)
    {
        try
        {
            Renderer.ToHtml(markdown, rightToLeft: false);
            Renderer.ToHtml(markdown, rightToLeft: true);
            Renderer.Render(markdown, rightToLeft: false);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static readonly string[] BlockMarkers = ["a. ", "i. ", "A) ", "1) ", "1. ", "- ", "* ", "+ ", "> ", ">", "  - ", "> 1. "];
    private static readonly (string Open, string Close)[] InlineMarks =
        [("*", "*"), ("_", "_"), ("**", "**"), ("^", "^"), ("~", "~"), ("~~", "~~"), ("++", "++"), ("==", "=="), ("[", "](/a)"), ("![", "](/i.png)"), ("`", "`")];
    private static readonly string[] Words = ["Massar", "moutamadris.men.gov.ma", "كلمة المرور", "code", "https://massar.men.gov.ma", "[ref]", "x"];

    /// <summary>A few lines, each a stack of block markers, then inline marks nested around a few words, now and then a table.</summary>
    private static string RandomMarkdown(Random random)
    {
        var lines = new List<string>();
        for (var line = random.Next(1, 4); line > 0; line--)
        {
            if (random.Next(8) == 0)
            {
                // Shallow cells, then one row that may be deep: the limits are reached and the test stays quick.
                var columns = random.Next(1, 12);
                lines.Add("|" + Repeat(" h |", columns));
                lines.Add("|" + Repeat(" - |", columns));
                lines.AddRange(Enumerable.Range(0, random.Next(1, 8)).Select(_ => "|" + Repeat($" {Inline(random, random.Next(0, 4))} |", columns)));
                lines.Add($"| {Inline(random, Depth(random))} |");
                lines.Add("");
                continue;
            }
            var prefix = string.Concat(Enumerable.Range(0, Depth(random)).Select(_ => BlockMarkers[random.Next(BlockMarkers.Length)]));
            lines.Add(prefix + Inline(random, Depth(random)));
        }
        lines.Add("[ref]: /en/faq");
        return string.Join('\n', lines);
    }

    private static string Inline(Random random, int depth)
    {
        var text = Words[random.Next(Words.Length)];
        for (; depth > 0; depth--)
        {
            var (open, close) = InlineMarks[random.Next(InlineMarks.Length)];
            text = random.Next(3) == 0 ? $"{open}{text}{close} {Words[random.Next(Words.Length)]}" : $"{open}{text}{close}";
        }
        return text;
    }

    /// <summary>Mostly shallow, often near Markdig's limits (64 and 128 levels), sometimes far past them.</summary>
    private static int Depth(Random random) => random.Next(4) switch
    {
        0 => random.Next(0, 5),
        1 => random.Next(40, 90),
        2 => random.Next(100, 160),
        _ => random.Next(0, 300),
    };
}
