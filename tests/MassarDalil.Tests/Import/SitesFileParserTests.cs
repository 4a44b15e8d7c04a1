using MassarDalil.Content.Problems;
using MassarDalil.Content.Import;
using MassarDalil.Content.Sites;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Import;

public class SitesFileParserTests
{
    private const string File = "seed/sites.yml";

    private const string Valid = """
        sites:
          - key: ar
            culture: ar-MA
            direction: rtl
          - key: en
            culture: en
            direction: ltr
        """;

    private static (IReadOnlyList<SeedSite> Sites, List<Problem> Problems) Parse(string text) => Parse(text, []);

    private static (IReadOnlyList<SeedSite> Sites, List<Problem> Problems) Parse(string text, List<Problem> warnings)
    {
        var problems = new List<Problem>();
        return (SitesFileParser.Parse(File, text, problems, warnings), problems);
    }

    private static void AssertSingleProblem(List<Problem> problems, int line, string message)
    {
        Assert.True(problems.Count == 1, $"expected one problem, got {problems.Count}:\n{string.Join('\n', problems.Select(x => x.Text))}");
        var problem = problems[0];
        Assert.StartsWith($"{File}:{line}: ", problem.Text, StringComparison.Ordinal);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SitesAreReadInOrderAndTheFirstIsTheDefault()
    {
        var (sites, problems) = Parse(Valid);

        Assert.Empty(problems);
        Assert.Equal(
            [new SeedSite("ar", "ar-MA", TextDirection.Rtl, 0), new SeedSite("en", "en", TextDirection.Ltr, 1)],
            sites);
    }

    [Fact]
    public void MalformedYamlIsReportedAtItsLine()
    {
        var (sites, problems) = Parse(Valid.Replace("culture: en", "culture: en: gb", StringComparison.Ordinal));

        Assert.Empty(sites);
        AssertSingleProblem(problems, 6, "not valid YAML");
    }

    [Theory]
    [InlineData("")]
    [InlineData("sites:\n")]
    [InlineData("languages:\n  - key: ar\n")]
    [InlineData("- key: ar\n")]
    public void AFileWithoutAListOfSitesIsRefused(string text)
    {
        var (sites, problems) = Parse(text);

        Assert.Empty(sites);
        AssertSingleProblem(problems, 1, "expected 'sites:' followed by a list of sites");
    }

    [Fact]
    public void AnUnknownSiteFieldIsNamedAtItsLine()
    {
        var (_, problems) = Parse(Valid.Replace("    direction: ltr", "    direction: ltr\n    colour: blue", StringComparison.Ordinal));

        AssertSingleProblem(problems, 8, "unknown site field 'colour'; the fields are key, culture, direction");
    }

    [Theory]
    [InlineData("title", "site.name")]
    [InlineData("tagline", "site.tagline")]
    public void AnOlderSeedsWordsInSitesYmlAreIgnoredWithAWarningNamingTheirText(string field, string key)
    {
        var warnings = new List<Problem>();
        var (sites, problems) = Parse(Valid.Replace("    direction: ltr", $"    direction: ltr\n    {field}: Massar Dalil", StringComparison.Ordinal), warnings);

        Assert.Empty(problems);
        Assert.Equal(2, sites.Count);
        var warning = Assert.Single(warnings);
        Assert.Equal($"{File}:8: ignored: a site's {field} is now '{key}' in its texts.yml", warning.Text);
    }

    [Theory]
    [InlineData("key: en", "key: EN", 5, "a site key is a two-letter lower-case language code, such as 'ar' (it starts every page address), not 'EN'")]
    [InlineData("key: en", "key: eng", 5, "a site key is a two-letter lower-case language code, such as 'ar' (it starts every page address), not 'eng'")]
    [InlineData("culture: en", "culture: english", 6, "'english' is not a known culture")]
    [InlineData("direction: ltr", "direction: left", 7, "direction must be 'rtl' or 'ltr', not 'left'")]
    public void AnInvalidSiteFieldIsReportedAtItsLine(string field, string replacement, int line, string message)
    {
        var (sites, problems) = Parse(Valid.Replace(field, replacement, StringComparison.Ordinal));

        AssertSingleProblem(problems, line, message);
        Assert.Equal(["ar"], sites.Select(s => s.Key));
    }

    [Fact]
    public void AMissingSiteFieldIsReportedAtItsEntry()
    {
        var (_, problems) = Parse(Valid.Replace("\n    direction: ltr", "", StringComparison.Ordinal));

        AssertSingleProblem(problems, 5, "direction must be 'rtl' or 'ltr', not ''");
    }

    [Fact]
    public void ASiteListedTwiceIsReportedAtTheSecond()
    {
        var (sites, problems) = Parse(Valid.Replace("key: en", "key: ar", StringComparison.Ordinal));

        AssertSingleProblem(problems, 5, "the site 'ar' is listed twice");
        Assert.Single(sites);
    }
}
