using System.Text.RegularExpressions;
using MassarDalil.Content.Import;
using MassarDalil.Content.Text;
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

    [Fact]
    public void EveryFrenchWordOfTheSeedHasANarrowNoBreakSpaceBeforeItsPunctuationAndInsideItsGuillemets()
    {
        var faults = Shown("fr").SelectMany(s => FrenchSpacing.Faults(s.Text).Select(f => $"{s.Where}: «{f}»")).ToList();

        Assert.True(faults.Count == 0, string.Join('\n', faults));
    }

    /// <summary>
    /// The seed's French as an editor would type it, with plain spaces, is what a save stores: the manager's correction
    /// (<see cref="FrenchSpacing.Correct"/>) gives back every word of the seed, and leaves the seed itself as it is.
    /// </summary>
    [Fact]
    public void EveryFrenchWordOfTheSeedTypedWithPlainSpacesIsStoredAsTheSeedWritesIt()
    {
        var shown = Shown("fr").Where(s => s.Text.Contains(FrenchSpacing.NarrowNoBreakSpace)).ToList();
        var differ = shown.Where(s => FrenchSpacing.Correct(s.Text.Replace(FrenchSpacing.NarrowNoBreakSpace, ' ')) != s.Text).Select(s => s.Where).ToList();

        Assert.True(shown.Count > 20, $"only {shown.Count} French texts with the narrow space");
        Assert.True(differ.Count == 0, string.Join('\n', differ));
        Assert.All(Shown("fr"), s => Assert.Same(s.Text, FrenchSpacing.Correct(s.Text)));
    }

    [Fact]
    public void EveryArabicSentenceOfTheSeedUsesArabicCommasSemicolonsAndQuestionMarks()
    {
        var faults = Shown("ar").SelectMany(s => LatinPunctuationAfterArabic().Matches(s.Text).Select(m => $"{s.Where}: «{m.Value}»")).ToList();

        Assert.True(faults.Count == 0, string.Join('\n', faults));
        Assert.Contains(Shown("ar"), s => s.Text.Contains('،') && s.Text.Contains('؟'));
    }

    // A Latin comma, semicolon or question mark right after an Arabic letter (a decimal comma follows a digit).
    [GeneratedRegex(@"[\u0621-\u064A\u0671-\u06D3][\u064B-\u0652]*\s?[,;?]")]
    private static partial Regex LatinPunctuationAfterArabic();
}
