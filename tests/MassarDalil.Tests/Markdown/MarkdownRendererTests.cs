using AngleSharp.Dom;
using MassarDalil.Content.Markdown;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Markdown;

/// <summary>What an editor's Markdown may and may not put into a visitor's page.</summary>
public class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static async Task<IElement> RenderAsync(string markdown, bool rightToLeft = false)
    {
        var document = await Html.ParseAsync($"<!doctype html><html><body>{Renderer.ToHtml(markdown, rightToLeft)}</body></html>");
        return document.Body!;
    }

    /// <summary>No element may run script, load anything, or carry an event handler.</summary>
    private static void AssertInert(IElement body)
    {
        Assert.Empty(body.QuerySelectorAll("script, style, iframe, object, embed, form, input, svg, math, meta, link, base, b, div, span"));
        Assert.DoesNotContain(body.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
        foreach (var link in body.QuerySelectorAll("[href], [src]"))
        {
            var url = link.GetAttribute("href") ?? link.GetAttribute("src")!;
            Assert.True(url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal), $"unexpected link target '{url}'");
        }
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("Hello <script>alert(1)</script> there", "<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("Click <a href=\"javascript:alert(1)\">here</a>", "<a href=\"javascript:alert(1)\">")]
    [InlineData("<div onclick=\"alert(1)\">x</div>", "<div onclick")]
    [InlineData("<b>bold</b> and <span style=\"color:red\">red</span>", "<b>bold</b>")]
    [InlineData("<!-- a comment --> text", "<!-- a comment -->")]
    [InlineData("<svg/onload=alert(1)>", "<svg/onload=alert(1)>")]
    [InlineData("<style>body{display:none}</style>", "<style>")]
    public async Task RawHtmlIsShownAsText(string markdown, string shownText)
    {
        var body = await RenderAsync(markdown);

        AssertInert(body);
        Assert.Contains(shownText, body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RawHtmlInRightToLeftTextIsShownAsTextToo()
    {
        var html = Renderer.ToHtml("نص <script>alert(1)</script>", rightToLeft: true);
        var body = await RenderAsync("نص <script>alert(1)</script>", rightToLeft: true);

        AssertInert(body);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
        Assert.Contains("alert(1)", body.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string> DangerousLinks => new()
    {
        "[click](javascript:alert(1))",
        "[click](JavaScript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](   javascript:alert(1))",
        "[click](<  javascript:alert(1)>)",
        "[click](<java\tscript:alert(1)>)",
        "[click](java&#9;script:alert(1))",
        "[click](java&#x09;script:alert(1))",
        "[click](java&#10;script:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;avascript:alert(1))",
        "[click](&#X6a;&#x61;vascript:alert(1))",
        "[click](javascript&colon;alert(1))",
        "[click](&#1;javascript:alert(1))",
        "[click](&#0;javascript:alert(1))",
        "[click](javascript:alert(1) \"title\")",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
        "[click]\n\n[click]: JavaScript:alert(1)",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<javascript://%0aalert(1)>",
        "[click](javascript://%0aalert(1))",
        "[click](vbscript:msgbox(1))",
        "<vbscript:msgbox(1)>",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<data:text/html,<script>alert(1)</script>>",
        "[click](file:///etc/passwd)",
        "[click](ftp://evil.example/file)",
        "ftp://evil.example/file",
        "[click](//evil.example)",
        "[click](//evil.example/path)",
        "[click](<//evil.example>)",
        "[click](/\\evil.example)",
        "[click](\\\\\\\\evil.example)",
        "[click](<\\\\\\\\evil.example>)",
        "[click](\\\\/evil.example)",
        "[click](/&#9;/evil.example)",
        "[click](&#47;&#47;evil.example)",
    };

    [Theory]
    [MemberData(nameof(DangerousLinks))]
    public async Task DangerousLinksBecomeText(string markdown)
    {
        var body = await RenderAsync(markdown);

        AssertInert(body);
        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.NotEqual("", body.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(DangerousLinks))]
    public async Task DangerousLinksBecomeTextInRightToLeftTextToo(string markdown)
    {
        var body = await RenderAsync(markdown, rightToLeft: true);

        AssertInert(body);
        Assert.Empty(body.QuerySelectorAll("a"));
    }

    [Fact]
    public async Task ADangerousLinkKeepsItsWordsAsText()
    {
        var body = await RenderAsync("Please [sign in here](javascript:alert(1)) now.");

        Assert.Equal("Please sign in here now.", body.TextContent.Trim());
    }

    [Theory]
    [InlineData("[portal](https://moutamadris.men.gov.ma)", "https://moutamadris.men.gov.ma")]
    [InlineData("[portal](http://moutamadris.men.gov.ma/x?y=1)", "http://moutamadris.men.gov.ma/x?y=1")]
    [InlineData("[portal](HTTPS://moutamadris.men.gov.ma)", "HTTPS://moutamadris.men.gov.ma")]
    [InlineData("<https://moutamadris.men.gov.ma>", "https://moutamadris.men.gov.ma")]
    [InlineData("See https://moutamadris.men.gov.ma today", "https://moutamadris.men.gov.ma")]
    public async Task ExternalWebLinksAreKeptWithNoopenerNoreferrer(string markdown, string href)
    {
        var link = Assert.Single((await RenderAsync(markdown)).QuerySelectorAll("a"));

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Theory]
    [InlineData("[write to us](mailto:help@example.org)", "mailto:help@example.org")]
    [InlineData("<mailto:help@example.org>", "mailto:help@example.org")]
    [InlineData("[call](tel:+212500000000)", "tel:+212500000000")]
    [InlineData("[FAQ](/en/faq)", "/en/faq")]
    [InlineData("[that question](/ar/faq#forgot-password)", "/ar/faq#forgot-password")]
    [InlineData("[below](#forgot-password)", "#forgot-password")]
    [InlineData("[search](?q=massar)", "?q=massar")]
    [InlineData("[guide](guides/activation)", "guides/activation")]
    public async Task MailPhoneAndSiteLinksAreKeptWithoutRel(string markdown, string href)
    {
        var link = Assert.Single((await RenderAsync(markdown)).QuerySelectorAll("a"));

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Null(link.GetAttribute("rel"));
    }

    [Theory]
    [InlineData("![the login page](/media/login.png)", "/media/login.png")]
    [InlineData("![the login page](media/login.png)", "media/login.png")]
    public async Task ImagesFromThisSiteAreKept(string markdown, string src)
    {
        var image = Assert.Single((await RenderAsync(markdown)).QuerySelectorAll("img"));

        Assert.Equal(src, image.GetAttribute("src"));
        Assert.Equal("the login page", image.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("![tracker](https://evil.example/pixel.png)")]
    [InlineData("![tracker](http://evil.example/pixel.png)")]
    [InlineData("![tracker](//evil.example/pixel.png)")]
    [InlineData("![tracker](javascript:alert(1))")]
    [InlineData("![tracker](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)")]
    [InlineData("![tracker][img]\n\n[img]: https://evil.example/pixel.png")]
    public async Task ImagesFromElsewhereBecomeTheirAltText(string markdown)
    {
        var body = await RenderAsync(markdown);

        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Equal("tracker", body.TextContent.Trim());
    }

    [Fact]
    public async Task LatinRunsInRightToLeftTextAreIsolated()
    {
        var body = await RenderAsync("ادخل إلى moutamadris.men.gov.ma ثم اضغط Caps Lock مرة واحدة.", rightToLeft: true);

        Assert.Equal(["moutamadris.men.gov.ma", "Caps Lock"], body.QuerySelectorAll("bdi").Select(b => b.TextContent));
    }

    [Fact]
    public async Task LatinRunsInLeftToRightTextAreNotWrapped()
    {
        var body = await RenderAsync("Go to moutamadris.men.gov.ma and press Caps Lock.");

        Assert.Empty(body.QuerySelectorAll("bdi"));
    }

    [Theory]
    [InlineData("الموقع هو men.gov.ma.", "men.gov.ma", ".")]
    [InlineData("اكتب Massar، ثم تابع", "Massar", "،")]
    [InlineData("هل هو masar?", "masar", "?")]
    [InlineData("شريحة (NFC) في البطاقة", "NFC", ")")]
    [InlineData("راسلنا على help@example.org!", "help@example.org", "!")]
    [InlineData("الرمز A-12:", "A-12", ":")]
    public async Task SentencePunctuationAfterALatinRunStaysOutsideTheIsolation(string markdown, string isolated, string after)
    {
        var body = await RenderAsync(markdown, rightToLeft: true);

        var bdi = Assert.Single(body.QuerySelectorAll("bdi"));
        Assert.Equal(isolated, bdi.TextContent);
        Assert.StartsWith(after, bdi.NextSibling!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("المستوى 2BAC في التوجيه", "2BAC")]
    [InlineData("شبكة 4G أو Wi-Fi", "4G", "Wi-Fi")]
    [InlineData("المعدل Moyenne générale هنا", "Moyenne générale")]
    [InlineData("خدمة l'orientation هنا", "l'orientation")]
    public async Task CodesStartingWithDigitsAndAccentedLatinWordsAreIsolatedWhole(string markdown, params string[] isolated)
    {
        var body = await RenderAsync(markdown, rightToLeft: true);

        Assert.Equal(isolated, body.QuerySelectorAll("bdi").Select(b => b.TextContent));
    }

    [Fact]
    public async Task NumbersAloneInArabicTextAreNotIsolated()
    {
        var body = await RenderAsync("المعدل 10 من 20", rightToLeft: true);

        Assert.Empty(body.QuerySelectorAll("bdi"));
    }

    [Fact]
    public async Task LinkTextAndCodeInRightToLeftTextReadLeftToRight()
    {
        var body = await RenderAsync("البوابة [moutamadris.men.gov.ma](https://moutamadris.men.gov.ma) والرمز `ABC-123`", rightToLeft: true);

        Assert.Equal("moutamadris.men.gov.ma", body.QuerySelector("a > bdi")!.TextContent);
        Assert.Equal("ltr", body.QuerySelector("code")!.GetAttribute("dir"));
    }

    [Fact]
    public async Task AutolinksInRightToLeftTextReadLeftToRight()
    {
        var body = await RenderAsync("البوابة <https://moutamadris.men.gov.ma/> و<help@example.org>.", rightToLeft: true);

        Assert.Equal(["ltr", "ltr"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("dir")));
        Assert.Empty((await RenderAsync("The portal <https://moutamadris.men.gov.ma/>.")).QuerySelectorAll("a[dir]"));
    }

    [Fact]
    public void PlainTextDropsTheMarkup()
    {
        Assert.Equal("Go to the portal now.", Renderer.Render("Go to **the [portal](https://moutamadris.men.gov.ma)** now.", rightToLeft: false).Text);
    }
}
