using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Problems;

/// <summary>
/// The engine refuses a seed file with a code; the command line words it in English, as <c>path:line: message</c>, the
/// shape editors' tools and the docs rely on.
/// </summary>
public class ProblemWordsInCliTests
{
    private const string Answer = "Yes. All the guides and tools on this site are free.";

    public static TheoryData<string, string, string, string> Family => new()
    {
        { "empty answer", Answer, "", "{free-to-use}: this question has no answer: write it below the heading" },
        { "duplicate key", "{#free-to-use}", "{#official-site}", "{free-to-use}: the key 'official-site' is already used at line {official-site}; every topic and question needs its own key" },
        { "bad markdown", Answer, string.Concat(Enumerable.Repeat("> ", 200)) + "x", "{answer}: this text cannot be shown on the site: its lists, quotes, emphasis or links are nested too deeply; use fewer levels" },
        { "bad slug", "slug: faq", "slug: Not A Slug", "4: 'slug' must be Arabic or lower-case Latin letters and digits joined by single hyphens (in Unicode NFC), not 'Not A Slug'" },
    };

    [Theory]
    [MemberData(nameof(Family))]
    public async Task ValidatePrintsTheFileLineAndTheEnglishMessage(string kind, string text, string replacement, string expected)
    {
        using var database = new TestDatabase();
        using var seed = SeedFolder.CopyOfRealSeed();
        var lines = File.ReadAllLines(seed.File("en/faq.md"));
        int LineOf(string end) => Array.FindIndex(lines, l => l.EndsWith(end, StringComparison.Ordinal)) + 1;
        seed.Replace("en/faq.md", text, replacement);

        var result = await MassarCli.RunAsync(database.Path, "validate", seed.Path);

        var line = expected
            .Replace("{free-to-use}", $"{LineOf("{#free-to-use}")}", StringComparison.Ordinal)
            .Replace("{official-site}", $"{LineOf("{#official-site}")}", StringComparison.Ordinal)
            .Replace("{answer}", $"{LineOf(Answer)}", StringComparison.Ordinal);
        Assert.True(result.ExitCode == 1, kind);
        Assert.Equal($"{seed.File("en/faq.md")}:{line}\n1 problem(s)\n", result.Errors);
    }
}
