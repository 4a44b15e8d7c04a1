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
    [InlineData("Write to [the Ministry](mailto:contact@men.gov.ma) or [us](mailto:help@example.org).")]
    [InlineData("[A name before the host](https://student@moutamadris.men.gov.ma/) still opens the official host.")]
    public void OfficialAndUnrelatedAddressesPass(string markdown) => Assert.Empty(OfficialLinks.LookAlikes(markdown));

    [Theory]
    [InlineData("[Massar](https://massar-men-gov.ma/login)", "https://massar-men-gov.ma/login")]
    [InlineData("[Massar](https://massar.men.gov.ma.example.net/)", "https://massar.men.gov.ma.example.net/")]
    [InlineData("<https://moutamadris.net>", "https://moutamadris.net")]
    [InlineData("Go to www.masar-login.com now", "http://www.masar-login.com")]
    [InlineData("[waliye](http://waliye.ma)", "http://waliye.ma")]
    [InlineData("[Taalim](https://TAALIM.example.org)", "https://TAALIM.example.org")]
    // The official name before an @ is a user name: the browser opens the host after it.
    [InlineData("Sign in at <https://moutamadris.men.gov.ma@evil.example/login>", "https://moutamadris.men.gov.ma@evil.example/login")]
    [InlineData("[the portal](https://massarservice.men.gov.ma@evil.example/)", "https://massarservice.men.gov.ma@evil.example/")]
    [InlineData("[the portal](https://moutamadris.men.gov.ma:password@evil.example/)", "https://moutamadris.men.gov.ma:password@evil.example/")]
    [InlineData("[the portal](https://moutamadris%2Emen%2Egov%2Ema@evil.example/)", "https://moutamadris%2Emen%2Egov%2Ema@evil.example/")]
    [InlineData("[the portal](https://massar@evil.example/)", "https://massar@evil.example/")]
    // The official name after the host: shown in the address, opens somewhere else.
    [InlineData("[the portal](https://evil.example/moutamadris.men.gov.ma)", "https://evil.example/moutamadris.men.gov.ma")]
    [InlineData("[the portal](https://evil.example/?next=men.gov.ma)", "https://evil.example/?next=men.gov.ma")]
    [InlineData("[the portal](https://evil.example/#moutamadris.men.gov.ma)", "https://evil.example/#moutamadris.men.gov.ma")]
    [InlineData("[the portal](https://evil.example/m%D0%B5n.gov.ma)", "https://evil.example/m%D0%B5n.gov.ma")]
    // An e-mail address at a domain dressed as the Ministry's.
    [InlineData("[write here](mailto:support@men-gov.ma)", "mailto:support@men-gov.ma")]
    [InlineData("[write here](mailto:help@massar.example.com)", "mailto:help@massar.example.com")]
    public void AnAddressThatLooksLikeTheMinistrysButIsElsewhereIsFound(string markdown, string expected) =>
        Assert.Equal([expected], OfficialLinks.LookAlikes(markdown));
}
