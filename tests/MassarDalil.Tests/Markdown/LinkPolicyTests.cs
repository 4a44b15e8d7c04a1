using MassarDalil.Content.Markdown;

namespace MassarDalil.Tests.Markdown;

/// <summary>
/// The policy on its own, as a URL reaches it after Markdown has decoded escapes and entities
/// (the manager may check links with it directly).
/// </summary>
public class LinkPolicyTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("\\/evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("")]
    [InlineData("   ")]
    public void RefusedTargets(string url) => Assert.False(LinkPolicy.IsAllowed(url));

    [Theory]
    [InlineData("https://moutamadris.men.gov.ma")]
    [InlineData("http://moutamadris.men.gov.ma/a?b=c#d")]
    [InlineData("mailto:help@example.org")]
    [InlineData("tel:+212500000000")]
    [InlineData("/en/faq")]
    [InlineData("#forgot-password")]
    [InlineData("?q=massar")]
    [InlineData("guides/activation")]
    [InlineData("faq#forgot-password")]
    public void AllowedTargets(string url) => Assert.True(LinkPolicy.IsAllowed(url));

    [Theory]
    [InlineData("https://moutamadris.men.gov.ma", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("mailto:help@example.org", false)]
    [InlineData("/en/faq", false)]
    public void OnlyWebLinksAreExternal(string url, bool external) => Assert.Equal(external, LinkPolicy.IsExternal(url));
}
