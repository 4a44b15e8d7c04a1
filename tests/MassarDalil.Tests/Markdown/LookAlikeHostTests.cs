using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;

namespace MassarDalil.Tests.Markdown;

/// <summary>
/// Hosts that read as the Ministry's at a glance, as a phishing page needs, without one foreign letter: the save check
/// refuses each family with the address; the official hosts and ordinary sites pass as before.
/// </summary>
public class LookAlikeHostTests
{
    [Theory]
    // Two letters that pass for one.
    [InlineData("https://rnassar.ma/login")]
    [InlineData("https://moutarnadris.net/")]
    [InlineData("https://vvaliye.ma/")]
    [InlineData("https://moutamaclris.com/")]
    // The name as written still counts where a pair could be read as one letter (rn as m would hide masar here).
    [InlineData("https://masarna.com/")]
    // Digits for letters: 1 passes for i as well as l.
    [InlineData("https://mas5ar.ma/")]
    [InlineData("https://ma55ar.ma/")]
    [InlineData("https://moutamadr1s.ma/")]
    [InlineData("https://m4ssar.ma/")]
    [InlineData("https://wal1ye.ma/")]
    [InlineData("https://m3n.gov.ma/")]
    [InlineData("https://men.9ov.ma/")]
    // Hyphens and dots between the letters.
    [InlineData("https://m-a-s-s-a-r.ma/")]
    [InlineData("https://mas-sar.ma/")]
    [InlineData("https://m.o.u.t.a.m.a.d.r.i.s.example/")]
    // A letter changed, added, dropped or swapped.
    [InlineData("https://men.qov.ma/")]
    [InlineData("https://mengouv.ma/")]
    [InlineData("https://menngov.ma/")]
    [InlineData("https://men.gob.ma/")]
    [InlineData("https://mossar.ma/")]
    [InlineData("https://masssar.ma/")]
    [InlineData("https://massr.ma/")]
    [InlineData("https://masasr.ma/")]
    [InlineData("https://mossar-login.com/")]
    [InlineData("https://walye.ma/")]
    [InlineData("https://talim.ma/")]
    [InlineData("https://men.ma/")]
    // The long names two letters off, even inside a longer word.
    [InlineData("https://moutamedrislogin.com/")]
    [InlineData("https://mutamadrs.ma/")]
    [InlineData("https://mossarservise.com/")]
    public void AHostThatReadsAsTheMinistrysIsRefusedNamingIt(string url)
    {
        var problem = Assert.Single(Check($"Sign in at [Massar]({url})."));

        Assert.Equal(("Answer", ProblemCode.LookAlikeLink), (problem.Field, problem.Code));
        Assert.Equal([url], problem.Args);
    }

    [Theory]
    [InlineData("https://massar.men.gov.ma/Account")]
    [InlineData("https://moutamadris.men.gov.ma/")]
    [InlineData("https://massarservice.men.gov.ma/")]
    [InlineData("https://www.men.gov.ma/")]
    [InlineData("https://MEN.GOV.MA/")]
    // Only the State names hosts under gov.ma: one letter from men there is another ministry.
    [InlineData("https://mem.gov.ma/")]
    [InlineData("https://www.sgg.gov.ma/")]
    // Ordinary sites, some of them near a name but not near enough.
    [InlineData("https://fr.wikipedia.org/wiki/Maroc")]
    [InlineData("https://www.google.com/")]
    [InlineData("https://example.org/login")]
    [InlineData("https://learn.microsoft.com/")]
    [InlineData("https://www.mass.gov/")]
    [InlineData("https://massage.example/")]
    [InlineData("https://www.flamengo.com.br/")]
    [InlineData("https://manar.ma/")]
    [InlineData("https://www.menara.ma/")]
    [InlineData("https://www.masrawy.com/")]
    [InlineData("https://1337.ma/")]
    [InlineData("https://www.9rayti.com/")]
    [InlineData("https://women.example/")]
    public void AnOfficialOrOrdinaryHostPasses(string url) => Assert.Empty(Check($"Sign in at [the site]({url})."));

    private static IReadOnlyList<Problem> Check(string answer) => PageValidator.ValidateQuestion(new FaqQuestion("key", "A question?", answer));
}
