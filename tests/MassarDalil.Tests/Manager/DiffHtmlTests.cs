using MassarDalil.Web.Areas.Manager.Editing;

namespace MassarDalil.Tests.Manager;

/// <summary>How a revision diff's text is laid out: words inserted stay in their line, each line isolated for direction.</summary>
public class DiffHtmlTests
{
    private static string Words(string before, string after)
    {
        using var writer = new StringWriter();
        DiffHtml.Words(before, after).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void AWordInsertedInALineStaysInThatLine()
    {
        var html = Words("افتح الصفحة\nثم اضغط", "افتح الصفحة الرسمية\nثم اضغط");

        Assert.Equal("<bdi>افتح الصفحة<ins> الرسمية</ins></bdi>\n<bdi>ثم اضغط</bdi>", html);
    }

    [Fact]
    public void ARemovedLineBreakIsMarkedAndJoinsItsLinesAndAnAddedOneIsMarkedAndBreaks()
    {
        Assert.Equal("<bdi>one<del>¶</del><ins> </ins>two</bdi>", Words("one\ntwo", "one two"));
        Assert.Equal("<bdi>one<ins>¶</ins></bdi>\n<bdi><ins>two</ins></bdi>", Words("one", "one\ntwo"));
    }

    [Fact]
    public void MarkdownIsEncodedAndEachLineIsItsOwnIsolate()
    {
        var html = Words("- <b>Massar</b>", "- <b>Massar</b>\n- مسار");

        Assert.StartsWith("<bdi>- &lt;b&gt;Massar&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.EndsWith("<bdi><ins>- مسار</ins></bdi>", html, StringComparison.Ordinal);
    }
}
