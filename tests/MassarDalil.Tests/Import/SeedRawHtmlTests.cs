using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Import;

/// <summary>
/// HTML written into a seed answer is never rendered: a visitor would read its tags as text. The import says so at the
/// line, as a warning (the manager stores the same text), and code that shows tags on purpose is left alone.
/// </summary>
public class SeedRawHtmlTests
{
    private const string Sites = "sites:\n  - key: en\n    culture: en\n    direction: ltr\n";

    // The answer's first line is the file's twelfth.
    private static string FaqWithAnswer(string answer) =>
        $"---\ntype: faq\nkey: faq\nslug: faq\ntitle: Questions\n---\n\n## Topic {{#topic}}\n\n### Is it free? {{#free}}\n\n{answer}\n";

    private static SeedReadResult Read(SeedFolder folder, string answer)
    {
        folder.Write("sites.yml", Sites);
        folder.Write("en/faq.md", FaqWithAnswer(answer));
        return SeedFolderReader.Read(folder.Path);
    }

    [Theory]
    [InlineData("It is free. <script>alert(1)</script>", "<script>")]
    [InlineData("It is free. <img src=x onerror=alert(2)>", "<img src=x onerror=alert(2)>")]
    [InlineData("See <a href=\"javascript:alert(5)\">here</a>.", "<a href=\"javascript:alert(5)\">")]
    [InlineData("Line one<br>line two", "<br>")]
    [InlineData("It is <B>free</B>.", "<B>")]
    [InlineData("Free. <!-- check with the school -->", "<!--")]
    [InlineData("| a | b |\n| --- | --- |\n| <u>x</u> | y |", "<u>")] // in a table, two lines further down
    public void HtmlInAnAnswerIsAWarningAtItsLineNotAnError(string answer, string tag)
    {
        using var folder = SeedFolder.Empty();

        var result = Read(folder, answer);

        Assert.True(result.IsValid, string.Join('\n', result.Errors.Select(e => e.Text)));
        var line = 12 + answer.Split('\n').TakeWhile(l => !l.Contains(tag, StringComparison.Ordinal)).Count();
        Assert.Equal($"{folder.File("en/faq.md")}:{line}: HTML is not rendered, so visitors would read “{tag}” as text: write it in Markdown, or remove it",
            Assert.Single(result.Warnings).Text);
    }

    [Theory]
    [InlineData("Press <Enter> to go on.")] // a key, not an element
    [InlineData("A mark < 10 and > 5 is shown in red.")]
    [InlineData("Type `<br>` to break a line in the form.")]
    [InlineData("Copy this:\n\n```\n<script>not run</script>\n```")]
    [InlineData("Copy this:\n\n    <b>indented code</b>")]
    public void TextThatOnlyLooksLikeHtmlOrShowsItAsCodeIsNoWarning(string answer)
    {
        using var folder = SeedFolder.Empty();

        var result = Read(folder, answer);

        Assert.True(result.IsValid, string.Join('\n', result.Errors.Select(e => e.Text)));
        Assert.Empty(result.Warnings);
    }
}
