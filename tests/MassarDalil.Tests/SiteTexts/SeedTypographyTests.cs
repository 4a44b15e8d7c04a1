using System.Text.RegularExpressions;
using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.SiteTexts;

/// <summary>
/// Every word the seed gives visitors (texts, titles, descriptions, bodies, questions, answers, menus) keeps its
/// language's punctuation: French a narrow no-break space (U+202F) before « ; : ! ? » and inside « guillemets », so a
/// line never starts with a colon; Arabic its own comma, semicolon and question mark. A new text cannot regress.
/// </summary>
public partial class SeedTypographyTests
{
    private static readonly SeedSet Seed = SeedFolderReader.Read(TestPaths.Seed).Set!;

    /// <summary>What a site shows, each with where it comes from. Search terms are left out: visitors never read them.</summary>
    private static IEnumerable<(string Where, string Text)> Shown(string site)
    {
        foreach (var (key, text) in Seed.Texts.Single(t => t.SiteKey == site).Texts)
        {
            yield return ($"{site}/texts.yml {key}", text);
        }
        foreach (var page in Seed.Pages.Where(p => p.SiteKey == site))
        {
            var content = page.Content;
            yield return ($"{page.File} title", content.Title);
            yield return ($"{page.File} description", content.Description);
            yield return ($"{page.File} body", content.Body);
            foreach (var topic in content.Topics)
            {
                yield return ($"{page.File} {topic.Key}", topic.Title);
                foreach (var question in topic.Questions)
                {
                    yield return ($"{page.File} {question.Key}", question.Question);
                    yield return ($"{page.File} {question.Key} answer", question.Answer);
                }
            }
        }
        var menu = Seed.Navigation.Single(n => n.SiteKey == site).Menu;
        foreach (var label in menu.Header.Concat(menu.Footer).Select(i => i.Label).Concat(menu.Groups.Select(g => g.Title)).OfType<string>())
        {
            yield return ($"{site}/navigation.yml", label);
        }
    }

    [Theory]
    [InlineData("Votre moyenne\u202F: {0} / 20")]
    [InlineData("Résultats pour «\u202F{0}\u202F»")]
    [InlineData("Une question\u202F? Voir [la FAQ\u202F!](/fr/faq) Oui\u202F; non.")]
    [InlineData("Le portail, [massarservice.men.gov.ma](https://massarservice.men.gov.ma), ouvre à 8:30.")]
    [InlineData("![Une carte](media:0123456789abcdef)")]
    public void TheFrenchRuleAcceptsWellSpacedTextAddressesAndTimes(string text) =>
        Assert.Empty(FrenchSpacingFaults(text));

    [Theory]
    [InlineData("Votre moyenne : {0}", " :")]
    [InlineData("Votre moyenne: {0}", "e:")]
    [InlineData("Votre moyenne\u00A0: {0}", "\u00A0:")]
    [InlineData("Que faire ?", " ?")]
    [InlineData("Attention !", " !")]
    [InlineData("oui ; non", " ;")]
    [InlineData("« mot de passe oublié »", "« ")]
    [InlineData("«mot»", "«m")]
    public void TheFrenchRuleFindsAPlainSpaceOrNoneBeforeThePunctuation(string text, string fault) =>
        Assert.Contains(fault, FrenchSpacingFaults(text));

    [Fact]
    public void EveryFrenchWordOfTheSeedHasANarrowNoBreakSpaceBeforeItsPunctuationAndInsideItsGuillemets()
    {
        var faults = Shown("fr").SelectMany(s => FrenchSpacingFaults(s.Text).Select(f => $"{s.Where}: «{f}»")).ToList();

        Assert.True(faults.Count == 0, string.Join('\n', faults));
    }

    [Fact]
    public void EveryArabicSentenceOfTheSeedUsesArabicCommasSemicolonsAndQuestionMarks()
    {
        var faults = Shown("ar").SelectMany(s => LatinPunctuationAfterArabic().Matches(s.Text).Select(m => $"{s.Where}: «{m.Value}»")).ToList();

        Assert.True(faults.Count == 0, string.Join('\n', faults));
        Assert.Contains(Shown("ar"), s => s.Text.Contains('،') && s.Text.Contains('؟'));
    }

    /// <summary>Each place where French punctuation lacks its narrow no-break space, as the two characters found there.</summary>
    private static IEnumerable<string> FrenchSpacingFaults(string text) =>
        FrenchPunctuationWithoutThinSpace().Matches(text).Concat(OpeningGuillemetWithoutThinSpace().Matches(text))
            .Concat(ClosingGuillemetWithoutThinSpace().Matches(text)).Select(m => m.Value);

    // The punctuation of a sentence: followed by a space, the end, a closing mark or Markdown's emphasis. Not a URL's
    // "https:", a time's "8:30" or an image's "![".
    [GeneratedRegex(@"[^\u202F][;:!?](?=[\s""'*_)\]»]|$)")]
    private static partial Regex FrenchPunctuationWithoutThinSpace();

    [GeneratedRegex(@"«[^\u202F]")]
    private static partial Regex OpeningGuillemetWithoutThinSpace();

    [GeneratedRegex(@"[^\u202F]»")]
    private static partial Regex ClosingGuillemetWithoutThinSpace();

    // A Latin comma, semicolon or question mark right after an Arabic letter (a decimal comma follows a digit).
    [GeneratedRegex(@"[\u0621-\u064A\u0671-\u06D3][\u064B-\u0652]*\s?[,;?]")]
    private static partial Regex LatinPunctuationAfterArabic();
}
