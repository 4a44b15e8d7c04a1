using MassarDalil.Content.Markdown;

namespace MassarDalil.Tests.Markdown;

public class OfficialLinksTests
{
    [Theory]
    [InlineData("Sign in at [Massar](https://massar.men.gov.ma/Account).")]
    [InlineData("Students use <https://moutamadris.men.gov.ma> and parents https://waliye.men.gov.ma.")]
    [InlineData("The Ministry: [men.gov.ma](http://men.gov.ma/).")]
    [InlineData("[MASSAR](https://MASSAR.MEN.GOV.MA)")]
    [InlineData("Any other site is the editor's choice: [a news article](https://news.example.com/massar-results).")]
    [InlineData("Site pages: [the FAQ](/ar/faq#forgot-password).")]
    [InlineData("An image is not a link here: ![massar](https://massar-login.example/logo.png)")]
    public void OfficialAndUnrelatedAddressesPass(string markdown) => Assert.Empty(OfficialLinks.LookAlikes(markdown));

    [Theory]
    [InlineData("[Massar](https://massar-men-gov.ma/login)", "https://massar-men-gov.ma/login")]
    [InlineData("[Massar](https://massar.men.gov.ma.example.net/)", "https://massar.men.gov.ma.example.net/")]
    [InlineData("<https://moutamadris.net>", "https://moutamadris.net")]
    [InlineData("Go to www.masar-login.com now", "http://www.masar-login.com")]
    [InlineData("[waliye](http://waliye.ma)", "http://waliye.ma")]
    [InlineData("[Taalim](https://TAALIM.example.org)", "https://TAALIM.example.org")]
    public void AnAddressThatLooksLikeTheMinistrysButIsElsewhereIsFound(string markdown, string expected) =>
        Assert.Equal([expected], OfficialLinks.LookAlikes(markdown));
}
