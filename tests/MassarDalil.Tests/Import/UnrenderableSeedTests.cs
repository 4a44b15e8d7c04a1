using MassarDalil.Content.Problems;
using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Import;

/// <summary>
/// A seed file whose Markdown the site could not render is refused before anything is written, at the line
/// where that text starts, whether Markdig fails while reading it (lists, quotes) or while writing it (emphasis).
/// </summary>
public class UnrenderableSeedTests
{
    private const string File = "seed/en/faq.md";

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    public static TheoryData<string> DeepText => new()
    {
        Repeat("a. ", 400) + "x",
        Repeat("i. ", 400) + "x",
        Repeat("1) ", 400) + "x",
        Repeat("- ", 400) + "x",
        Repeat("> ", 200) + "x",
        Repeat("*", 300) + "x" + Repeat("*", 300),
        Repeat("++", 200) + "x" + Repeat("++", 200),
        Repeat("[![", 100) + "x" + Repeat("](/a)](/b)", 100),
    };

    private static List<Problem> Parse(string text)
    {
        var problems = new List<Problem>();
        Assert.Null(SeedFileParser.Parse(File, "en", text, problems));
        return problems;
    }

    [Theory]
    [MemberData(nameof(DeepText))]
    public void AnAnswerNestedTooDeeplyIsReportedAtItsFirstLine(string deep)
    {
        // Lines: 1-6 front matter, 7 blank, 8 intro, 9 blank, 10 topic, 11 blank, 12 question, 13 blank, 14 answer,
        // 15 blank, 16 question, 17 blank, 18 the deep answer.
        var problems = Parse($"---\ntype: faq\nkey: faq\nslug: faq\ntitle: Questions\n---\n\nIntro.\n\n## Topic {{#topic}}\n\n" +
            $"### Fine? {{#fine}}\n\nYes.\n\n### Deep? {{#deep}}\n\n{deep}\n");

        var problem = Assert.Single(problems);
        Assert.Equal($"{File}:18: this text cannot be shown on the site: its lists, quotes, emphasis or links are nested too deeply; use fewer levels",
            problem.Text);
    }

    [Theory]
    [MemberData(nameof(DeepText))]
    public void AGuideBodyOrAnFaqIntroNestedTooDeeplyIsReportedWhereItStarts(string deep)
    {
        var guide = Parse($"---\ntype: guide\nkey: help\nslug: help\ntitle: Help\n---\n\nFirst line.\n\n{deep}\n");
        var intro = Parse($"---\ntype: faq\nkey: faq\nslug: faq\ntitle: Questions\n---\n\n{deep}\n\n## Topic {{#topic}}\n\n### Q? {{#q}}\n\nA.\n");

        Assert.Equal(8, Assert.Single(guide).Line);
        Assert.Equal(8, Assert.Single(intro).Line);
    }

    [Fact]
    public async Task ValidateAndImportPrintPathLineAndChangeNothing()
    {
        using var database = new TestDatabase();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);
        var before = await database.DumpAsync();
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/faq.md", "Yes. All the guides and tools on this site are free.", Repeat("a. ", 400) + "x");
        var line = Array.IndexOf(System.IO.File.ReadAllLines(seed.File("en/faq.md")), Repeat("a. ", 400) + "x") + 1;

        var validate = await MassarCli.RunAsync(database.Path, "validate", seed.Path);
        var import = await MassarCli.RunAsync(database.Path, "import", seed.Path);

        foreach (var result in new[] { validate, import })
        {
            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith($"{seed.File("en/faq.md")}:{line}: this text cannot be shown on the site", result.Errors, StringComparison.Ordinal);
        }
        Assert.Equal(before, await database.DumpAsync());
    }
}
