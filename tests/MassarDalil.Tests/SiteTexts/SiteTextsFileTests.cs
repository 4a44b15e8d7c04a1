using MassarDalil.Content.Import;
using MassarDalil.Content.Problems;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.SiteTexts;

public class SiteTextsFileTests
{
    private const string File = "seed/en/texts.yml";

    private static (SeedTexts? Texts, List<Problem> Problems) Parse(string text)
    {
        var problems = new List<Problem>();
        return (SiteTextsFile.Parse(File, "en", text, problems), problems);
    }

    public static TheoryData<string, int, string> BadTexts => new()
    {
        { "site.name: \"Massar Dalil\"\nsite.nmae: \"Typo\"\n", 2, "unknown text key 'site.nmae'" },
        { "notice.title: \"Not a key\"\n", 1, "unknown text key 'notice.title'" },
        { "site.name: \"Massar Dalil\"\nfeedback.question: \"\"\n", 2, "the text 'feedback.question' is empty" },
        { "feedback.question: \"   \"\n", 1, "the text 'feedback.question' is empty" },
        { "feedback.question: ~\n", 1, "the text 'feedback.question' is empty" },
        { "feedback.question:\n", 1, "the text 'feedback.question' is empty" },
        { "average.row: \"Subject\"\n", 1, "the text 'average.row' must contain {0}" },
        { "search.too-long: \"Too long.\"\n", 1, "the text 'search.too-long' must contain {0}" },
        { "results.one: \"One result for “{0}”\"\n", 1, "the text 'results.one' must contain {1}" },
        { "average.row: \"Subject {0} of {1}\"\n", 1, "the text 'average.row' contains {1}, which the site does not fill in" },
        { "feedback.question: \"Was {0} helpful?\"\n", 1, "the text 'feedback.question' contains {0}, which the site does not fill in" },
        { "site.name: \"Massar Dalil\"\nsite.tagline: \"A guide\"\nsite.name: \"Massar Guide\"\n", 3, "the text 'site.name' is also given at line 1" },
        { "site.name:\n  - Massar\n  - Dalil\n", 1, "the text 'site.name' must be text in quotes, not a list" },
        { "site.name: { first: Massar }\n", 1, "the text 'site.name' must be text in quotes, not a list, a map" },
        { "feedback.yes: true\n", 1, "the text 'feedback.yes' must be text in quotes, not the value true" },
        { "- site.name\n- site.tagline\n", 1, "expected one text per line" },
        // The editor's limit, so an import stores no text the manager would refuse to save again.
        { $"site.tagline: \"A tagline\"\nsite.name: \"{new string('x', SiteTextRules.MaxLength + 1)}\"\n", 2, $"the text 'site.name' is too long: at most {SiteTextRules.MaxLength} characters" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void AProblemInTextsYmlIsReportedWithItsPathAndLine(string text, int line, string message)
    {
        var (texts, problems) = Parse(text);

        Assert.Null(texts);
        var problem = Assert.Single(problems);
        Assert.StartsWith($"{File}:{line}: ", problem.Text, StringComparison.Ordinal);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValidFileGivesItsTextsByKeyAndAPluralMaySpellItsCountInWords()
    {
        var (texts, problems) = Parse("site.name: \"دليل مسار\"\nresults.two: \"نتيجتان للبحث عن «{1}»\"\nfeedback.yes: Yes\n");

        Assert.Empty(problems);
        Assert.Equal(new Dictionary<string, string>
        {
            ["site.name"] = "دليل مسار", ["results.two"] = "نتيجتان للبحث عن «{1}»", ["feedback.yes"] = "Yes",
        }, texts!.Texts);
    }

    [Fact]
    public void WrittenTextsReadBackTheSame()
    {
        var original = new Dictionary<string, string>
        {
            ["site.name"] = "Massar \"Dalil\"", ["site.tagline"] = "Back\\slash: and # not a comment",
            ["notfound.text"] = "Two\nlines", ["results.one"] = "1 result for “{1}”", ["language.name"] = "العربية",
        };

        var (texts, problems) = Parse(SiteTextsFile.Write(original));

        Assert.Empty(problems);
        Assert.Equal(original, texts!.Texts);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public void TheShippedSeedHasATextForEveryKeyOfTheCatalogue(string site)
    {
        var result = SeedFolderReader.Read(TestPaths.Seed);

        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        var texts = Assert.Single(result.Set!.Texts, t => t.SiteKey == site);
        Assert.Equal(SiteTextCatalogue.Keys.Select(k => k.Key).Order(StringComparer.Ordinal), texts.Texts.Keys.Order(StringComparer.Ordinal));
    }
}
