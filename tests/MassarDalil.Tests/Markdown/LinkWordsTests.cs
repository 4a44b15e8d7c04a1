using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;

namespace MassarDalil.Tests.Markdown;

/// <summary>
/// A link's words that show another address than the one it opens are refused, naming both: a visitor reads the
/// words, never the address. Words that show the link's own host, or no host, pass.
/// </summary>
public class LinkWordsTests
{
    [Theory]
    // The probe's: official-looking words on another address.
    [InlineData("[https://massarservice.men.gov.ma](https://example.org/login)", "massarservice.men.gov.ma", "https://example.org/login")]
    [InlineData("[massarservice.men.gov.ma](https://example.org/login)", "massarservice.men.gov.ma", "https://example.org/login")]
    [InlineData("[Sign in at massar.men.gov.ma today](https://example.org/login)", "massar.men.gov.ma", "https://example.org/login")]
    // Written so that no one piece of text holds the name.
    [InlineData("[**massar**.men.gov.ma](https://example.org/)", "massar.men.gov.ma", "https://example.org/")]
    [InlineData("[`massar.men.gov.ma`](https://example.org/)", "massar.men.gov.ma", "https://example.org/")]
    [InlineData("[massar&#46;men&#46;gov&#46;ma](https://example.org/)", "massar.men.gov.ma", "https://example.org/")]
    [InlineData("[massar\\.men\\.gov\\.ma](https://example.org/)", "massar.men.gov.ma", "https://example.org/")]
    [InlineData("[mass\u200Bar.men.gov.ma](https://example.org/)", "massar.men.gov.ma", "https://example.org/")]
    [InlineData("[massar\u3002men\u3002gov\u3002ma](https://example.org/)", "massar.men.gov.ma", "https://example.org/")]
    [InlineData("[massar.men.gov.ma][1]\n\n[1]: https://example.org/", "massar.men.gov.ma", "https://example.org/")]
    [InlineData("[ادخل إلى بـmassar.men.gov.ma](https://example.org/)", "massar.men.gov.ma", "https://example.org/")]
    // A user name before an @ in the words: the host after it is another.
    [InlineData("[https://massar.men.gov.ma@example.org](https://example.org/)", "massar.men.gov.ma", "https://example.org/")]
    // Official words on another official host, on a page of this site, or on an e-mail address elsewhere.
    [InlineData("[moutamadris.men.gov.ma](https://massar.men.gov.ma/)", "moutamadris.men.gov.ma", "https://massar.men.gov.ma/")]
    [InlineData("[men.gov.ma](/en/faq)", "men.gov.ma", "/en/faq")]
    [InlineData("[contact@men.gov.ma](mailto:contact@example.org)", "men.gov.ma", "mailto:contact@example.org")]
    // Look-alike words on the official host: the visitor learns the wrong address.
    [InlineData("[massar.ma](https://massar.men.gov.ma/)", "massar.ma", "https://massar.men.gov.ma/")]
    [InlineData("[men.qov.ma](https://www.men.gov.ma/)", "men.qov.ma", "https://www.men.gov.ma/")]
    // Any address written as one, official or not.
    [InlineData("[https://example.org](https://evil.example/)", "example.org", "https://evil.example/")]
    [InlineData("[www.wikipedia.org](https://evil.example/)", "www.wikipedia.org", "https://evil.example/")]
    public void WordsShowingAnotherHostAreRefusedNamingBoth(string markdown, string shown, string opens)
    {
        var problem = Assert.Single(Check(markdown));

        Assert.Equal(("Answer", ProblemCode.MisleadingLinkWords), (problem.Field, problem.Code));
        Assert.Equal([shown, opens], problem.Args);
    }

    [Theory]
    [InlineData("[moutamadris.men.gov.ma](https://moutamadris.men.gov.ma)")]
    [InlineData("[MASSAR.MEN.GOV.MA](https://massar.men.gov.ma/Account)")]
    [InlineData("[https://massar.men.gov.ma/Account](https://massar.men.gov.ma/Account/Login)")]
    [InlineData("[men.gov.ma](https://www.men.gov.ma/)")]
    [InlineData("[www.men.gov.ma](https://men.gov.ma/)")]
    [InlineData("[the Ministry, men.gov.ma](https://massar.men.gov.ma/)")]
    [InlineData("[منصة مسار moutamadris.men.gov.ma](https://moutamadris.men.gov.ma)")]
    [InlineData("[contact@men.gov.ma](mailto:contact@men.gov.ma)")]
    [InlineData("<https://massar.men.gov.ma>")]
    [InlineData("See www.example.org today.")]
    [InlineData("[Massar](https://massar.men.gov.ma)")]
    // Words shaped like host names that are not, or that no one takes for the Ministry's.
    [InlineData("[the form (formulaire.pdf)](https://www.men.gov.ma/formulaire.pdf)")]
    [InlineData("[Node.js and ASP.NET](https://dotnet.microsoft.com/)")]
    [InlineData("[the school's guide (massar.pdf)](https://example.org/files/guide.pdf)")] // a file's name, not an address
    [InlineData("[version 2.0 of 12.05.2026](https://example.org/)")]
    [InlineData("[fr.wikipedia.org](https://fr.wikipedia.org/wiki/Maroc)")]
    [InlineData("[https://www.wikipedia.org](https://fr.wikipedia.org/wiki/Maroc)")]
    public void WordsShowingTheLinksOwnHostOrNoneArePassed(string markdown) => Assert.Empty(Check(markdown));

    private static IReadOnlyList<Problem> Check(string answer) => PageValidator.ValidateQuestion(new FaqQuestion("key", "A question?", answer));
}
