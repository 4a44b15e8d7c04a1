using MassarDalil.Content.Markdown;

namespace MassarDalil.Tests.Markdown;

/// <summary>Addresses that imitate the Ministry's with letters of other scripts, their punycode, or invisible characters.</summary>
public class HomographLinkTests
{
    [Theory]
    [InlineData("https://m\u0435n.gov.ma/login")] // Cyrillic е
    [InlineData("https://massar.m\u0435n.gov.ma/")]
    [InlineData("https://xn--mn-nlc.gov.ma/")] // the same, as DNS writes it
    [InlineData("https://men.gov.m\u0430/")] // Cyrillic а in the country
    [InlineData("https://m\u0430ssar.example/")] // Cyrillic а in massar
    [InlineData("https://m\u0251ssar.ma/")] // Latin alpha
    [InlineData("https://ma\u0455sar.com/")] // Cyrillic ѕ
    [InlineData("https://m\u03BFutamadris.net/")] // Greek ο
    [InlineData("https://moutamadr\u0456s.net/")] // Ukrainian і
    [InlineData("https://\u0561aliye.ma/")] // Armenian ա
    [InlineData("https://m\u00E4ssar.ma/")] // an accent
    [InlineData("https://ma\u0301ssar.ma/")] // a combining accent
    [InlineData("https://m0utamadris.net/")] // a digit for a letter
    [InlineData("https://mas\u00ADsar.ma/")] // a soft hyphen, invisible
    [InlineData("https://pa\u0443pal.example/")] // a mixed-script label imitating anything
    public void AHomographOfTheMinistrysAddressIsFound(string url) =>
        Assert.Equal([url], OfficialLinks.LookAlikes($"[Massar]({url})"));

    [Theory]
    [InlineData("https://massar.men.gov.ma/")]
    [InlineData("https://\uFF4D\uFF45\uFF4E.gov.ma/")] // full-width letters: browsers go to men.gov.ma itself
    [InlineData("https://\u0645\u062B\u0627\u0644.ma/")] // an Arabic name
    [InlineData("https://xn--mgbh0fb.ma/")]
    [InlineData("https://\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444/")] // a Cyrillic name, one script
    [InlineData("https://b\u00FCcher.de/")]
    [InlineData("https://\u4F8B\u3048.jp/")]
    public void OfficialAndOrdinaryInternationalAddressesPass(string url) =>
        Assert.Empty(OfficialLinks.LookAlikes($"[a link]({url})"));

    // Hosts the IDN rules reject: the framework throws when asked for their DNS form.
    [Theory]
    [InlineData("https://a\u200Db.ma/", false)]
    [InlineData("https://m\u00FCnchen.xn--/", false)]
    [InlineData("https://massar\u200D.ma/", true)]
    [InlineData("https://xn--/", false)]
    [InlineData("https://xn--a.ma/", false)]
    public void AnAddressTheIdnRulesRejectIsJudgedWithoutThrowing(string url, bool lookAlike)
    {
        var found = OfficialLinks.LookAlikes($"[a link]({url})");

        Assert.Equal(lookAlike, found.Count == 1);
    }
}
