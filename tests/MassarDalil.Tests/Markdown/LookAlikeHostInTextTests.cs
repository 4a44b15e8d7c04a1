using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;

namespace MassarDalil.Tests.Markdown;

/// <summary>
/// A host name written as text, outside any link, is one a visitor may type into a browser: one that reads as the
/// Ministry's but is not on men.gov.ma is refused, named as written. The official hosts and words merely shaped like
/// host names pass.
/// </summary>
public class LookAlikeHostInTextTests
{
    [Theory]
    // The look-alike families, in a sentence.
    [InlineData("Go to rnassar.ma and sign in.", "rnassar.ma")]
    [InlineData("Unzip massar.zip first.", "massar.zip")] // .zip is a domain too
    [InlineData("Sign in at mas5ar.ma.", "mas5ar.ma")]
    [InlineData("Use moutamadr1s.ma today.", "moutamadr1s.ma")]
    [InlineData("The Ministry is at men.qov.ma.", "men.qov.ma")]
    [InlineData("The Ministry is at mengouv.ma.", "mengouv.ma")]
    [InlineData("افتح moutamadris.men.gouv.ma", "moutamadris.men.gouv.ma")]
    [InlineData("The official domain is not moutamadris.men.gov.ma.example.com.", "moutamadris.men.gov.ma.example.com")]
    [InlineData("Write to help@rnassar.ma for help.", "rnassar.ma")]
    // Another script's letter, a full-width dot, an Arabic word against the name.
    [InlineData("Open m\u0435n.gov.ma to reset it.", "m\u0435n.gov.ma")]
    [InlineData("Open rnassar\uFF0Ema to reset it.", "rnassar.ma")]
    [InlineData("افتحmoutamadr1s.ma ثم سجّل الدخول", "moutamadr1s.ma")]
    // Written so that no one piece of text holds the name.
    [InlineData("Go to **rnassar**.ma.", "rnassar.ma")]
    [InlineData("Go to rnassar&#46;ma.", "rnassar.ma")]
    [InlineData("Go to rnassar\\.ma.", "rnassar.ma")]
    [InlineData("Go to rnas\u200Bsar.ma.", "rnassar.ma")]
    // Wherever text stands: code, a heading, a table, beside a link.
    [InlineData("Type `moutamadr1s.ma` in the address bar.", "moutamadr1s.ma")]
    [InlineData("Type this:\n\n```\nmoutamadr1s.ma\n```", "moutamadr1s.ma")]
    [InlineData("#### Sign in at rnassar.ma\n\nThen choose your school.", "rnassar.ma")]
    [InlineData("| Site | For |\n| --- | --- |\n| rnassar.ma | signing in |", "rnassar.ma")]
    [InlineData("See [the official site](https://moutamadris.men.gov.ma/), not rnassar.ma.", "rnassar.ma")]
    public void AHostInTheTextThatReadsAsTheMinistrysIsRefusedNamingIt(string answer, string shown)
    {
        var problem = Assert.Single(Check(answer));

        Assert.Equal(("Answer", ProblemCode.LookAlikeHostInText), (problem.Field, problem.Code));
        Assert.Equal([shown], problem.Args);
    }

    [Theory]
    [InlineData("Sign in at moutamadris.men.gov.ma.")]
    [InlineData("The Ministry's site is men.gov.ma, and Massar is massar.men.gov.ma/Account.")]
    [InlineData("Type `MOUTAMADRIS.MEN.GOV.MA` in the address bar.")]
    [InlineData("افتح moutamadris.men.gov.ma ثم سجّل الدخول")]
    [InlineData("ادخل إلى بـmoutamadris.men.gov.ma")]
    [InlineData("Open men\uFF0Egov\uFF0Ema to reset it.")]
    // Words shaped like host names that no one takes for the Ministry's.
    [InlineData("Download formulaire.pdf and fill it in.")]
    [InlineData("Download guide-massar.pdf, or Moutamadris.apk on a phone.")] // file names, which no browser opens as addresses
    [InlineData("The site is built with ASP.NET and Node.js.")]
    [InlineData("Massar version 2.0 opens on 12.5.2026.")]
    [InlineData("See fr.wikipedia.org for the history of the baccalaureate.")]
    [InlineData("Sign in to Massar with your code and password. Then open Moutamadris.")]
    public void AnOfficialHostOrAWordShapedLikeOnePasses(string answer) => Assert.Empty(Check(answer));

    [Fact]
    public void ALookAlikeInALinksWordsIsTheLinksProblemNotTheTexts()
    {
        var problem = Assert.Single(Check("Sign in at [rnassar.ma](https://massar.men.gov.ma/)."));

        Assert.Equal(ProblemCode.MisleadingLinkWords, problem.Code);
    }

    [Fact]
    public void AGuidesBodyIsReadAsAnAnswerIs()
    {
        var content = new PageContent { Title = "Sign in", Body = "## Where\n\nGo to rnassar.ma." };

        var problem = Assert.Single(PageValidator.Validate(PageType.Guide, content, "sign-in"));

        Assert.Equal(("Body", ProblemCode.LookAlikeHostInText, "rnassar.ma"), (problem.Field, problem.Code, Assert.Single(problem.Args)));
    }

    private static IReadOnlyList<Problem> Check(string answer) => PageValidator.ValidateQuestion(new FaqQuestion("key", "A question?", answer));
}
