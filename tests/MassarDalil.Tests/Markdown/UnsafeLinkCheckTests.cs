using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Markdown;

/// <summary>
/// The save check refuses every link and image the renderer would show as plain text, each family by its code and
/// address, and passes every one it shows: an editor is never told "saved" for a link visitors will not get.
/// </summary>
public class UnsafeLinkCheckTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string, ProblemCode, string> Dropped => new()
    {
        { "[x](javascript:alert(1))", ProblemCode.UnsafeLink, "javascript:alert(1)" },
        { "[x](JaVaScRiPt:alert(1))", ProblemCode.UnsafeLink, "JaVaScRiPt:alert(1)" },
        { "[x](<java\tscript:alert(1)>)", ProblemCode.UnsafeLink, "java\tscript:alert(1)" },
        { "[x](java&#x09;script:alert(1))", ProblemCode.UnsafeLink, "java\tscript:alert(1)" },
        { "[x](&#106;avascript:alert(1))", ProblemCode.UnsafeLink, "javascript:alert(1)" },
        { "[x](javascript&colon;alert(1))", ProblemCode.UnsafeLink, "javascript:alert(1)" },
        { "[x](vbscript:msgbox(1))", ProblemCode.UnsafeLink, "vbscript:msgbox(1)" },
        { "[x](data:text/html;base64,PHNjcmlwdD4=)", ProblemCode.UnsafeLink, "data:text/html;base64,PHNjcmlwdD4=" },
        { "[x](file:///etc/passwd)", ProblemCode.UnsafeLink, "file:///etc/passwd" },
        { "[x](//evil.example)", ProblemCode.UnsafeLink, "//evil.example" },
        { @"[x](\\\\evil.example)", ProblemCode.UnsafeLink, @"\\evil.example" },
        { "<javascript:alert(1)>", ProblemCode.UnsafeLink, "javascript:alert(1)" },
        { "<vbscript:msgbox(1)>", ProblemCode.UnsafeLink, "vbscript:msgbox(1)" },
        { "[x][1]\n\n[1]: javascript:alert(1)", ProblemCode.UnsafeLink, "javascript:alert(1)" },
        { "[x]\n\n[x]: JavaScript:alert(1)", ProblemCode.UnsafeLink, "JavaScript:alert(1)" },
        { "The form is at ftp://files.example/form.pdf", ProblemCode.UnsafeLink, "ftp://files.example/form.pdf" },
        { "![x](https://evil.example/x.png)", ProblemCode.OutsideImage, "https://evil.example/x.png" },
        { "![x](//evil.example/x.png)", ProblemCode.OutsideImage, "//evil.example/x.png" },
        { "![x](data:image/png;base64,iVBORw0KGgo=)", ProblemCode.OutsideImage, "data:image/png;base64,iVBORw0KGgo=" },
        { "![x](javascript:alert(1))", ProblemCode.OutsideImage, "javascript:alert(1)" },
        { "![x][img]\n\n[img]: https://evil.example/x.png", ProblemCode.OutsideImage, "https://evil.example/x.png" },
        { "[![x](https://evil.example/x.png)](https://moutamadris.men.gov.ma)", ProblemCode.OutsideImage, "https://evil.example/x.png" },
    };

    [Theory]
    [MemberData(nameof(Dropped))]
    public async Task ALinkOrImageTheRendererDropsIsRefusedWithItsAddress(string markdown, ProblemCode code, string address)
    {
        var page = await Html.ParseAsync(Renderer.ToHtml(markdown, rightToLeft: false));

        var problem = Assert.Single(PageValidator.ValidateQuestion(new FaqQuestion("key", "A question?", markdown)));

        Assert.Empty(page.QuerySelectorAll(code == ProblemCode.OutsideImage ? "img" : "a"));
        Assert.Equal(("Answer", code), (problem.Field, problem.Code));
        Assert.Equal([address], problem.Args);
    }

    [Theory]
    [InlineData("[x](https://moutamadris.men.gov.ma)")]
    [InlineData("[x](http://example.org/a?b=c)")]
    [InlineData("[x](mailto:help@example.org)")]
    [InlineData("<help@example.org>")]
    [InlineData("[x](tel:+212500000000)")]
    [InlineData("[x](/en/faq)")]
    [InlineData("[x](#forgot-password)")]
    [InlineData("[x](guides/activation)")]
    [InlineData("See www.example.org today.")]
    [InlineData("![x](/media/login.png)")]
    public async Task ALinkOrImageTheRendererKeepsPasses(string markdown)
    {
        var page = await Html.ParseAsync(Renderer.ToHtml(markdown, rightToLeft: false));

        Assert.Empty(PageValidator.ValidateQuestion(new FaqQuestion("key", "A question?", markdown)));
        Assert.NotEmpty(page.QuerySelectorAll("a[href], img[src]"));
    }
}
