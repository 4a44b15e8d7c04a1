using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Cli;

/// <summary>
/// An operator with several mistakes in the seed is told of all of them in one run of <c>validate</c> (and of the
/// import's refusal), each at its own file, line and, for a link or host name, column: not one a field or a file, and
/// not a link in an answer at its question's heading.
/// </summary>
public class EveryProblemInOneRunTests
{
    /// <summary>A mistake an operator makes: the line it adds (or where it is), its column (0: none), the message's start.</summary>
    private sealed record Mistake(string Line, int Column, string Message);

    private static readonly Dictionary<string, Mistake> Kinds = new()
    {
        ["ScriptLink"] = new("See [this](javascript:alert(1)).", 5, "the answer: This link cannot be used: “javascript:alert(1)”"),
        ["LookAlikeLink"] = new("Go to [Massar](https://massar-men-gov.ma/login).", 7,
            "the answer: This link looks like the Ministry's but is not on men.gov.ma: “https://massar-men-gov.ma/login”"),
        ["LookAlikeHost"] = new("Or type rnassar.ma in a browser.", 9, "the answer: This text names “rnassar.ma”, an address that looks like the Ministry's"),
        ["MisleadingWords"] = new("[https://massarservice.men.gov.ma](https://example.org/login)", 1,
            "the answer: The words of this link show “massarservice.men.gov.ma”, but the link opens “https://example.org/login”."),
        ["OutsideImage"] = new("![the form](https://evil.example/form.png)", 1, "the answer: This image cannot be shown: “https://evil.example/form.png”"),
        // Where the mistake is not a line added: the question's heading loses its key; the title gets a line break.
        ["HeadingWithoutKey"] = new("", 0, "this heading has no key"),
        ["TitleOnTwoLines"] = new("", 0, "the title: Write this on one line, without line breaks."),
    };

    /// <summary>Each row: mistakes as <c>file|question (from 0)|kind</c>, made in a copy of the real seed in this order.</summary>
    public static TheoryData<string[]> Families => new()
    {
        // Each kind alone, at its own line.
        { ["en/faq.md|1|ScriptLink"] },
        { ["en/faq.md|1|LookAlikeLink"] },
        { ["en/faq.md|1|LookAlikeHost"] },
        { ["en/faq.md|1|MisleadingWords"] },
        { ["en/faq.md|1|OutsideImage"] },
        // Two in one file, then three, in different answers.
        { ["en/faq.md|1|ScriptLink", "en/faq.md|3|LookAlikeHost"] },
        { ["fr/faq.md|0|LookAlikeLink", "fr/faq.md|2|MisleadingWords", "fr/faq.md|4|OutsideImage"] },
        // Two and three in one answer: one field, several mistakes, each at its own line.
        { ["en/faq.md|2|ScriptLink", "en/faq.md|2|LookAlikeHost"] },
        { ["ar/faq.md|5|LookAlikeLink", "ar/faq.md|5|ScriptLink", "ar/faq.md|5|OutsideImage"] },
        // Five across files and kinds, with a heading that cannot be read and a mistake in the answer under it.
        { ["ar/faq.md|1|ScriptLink", "en/faq.md|0|HeadingWithoutKey", "en/faq.md|0|LookAlikeLink", "fr/faq.md|5|LookAlikeHost", "fr/faq.md|6|TitleOnTwoLines"] },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public async Task ValidateReportsEveryMistakeAtItsOwnLineInOneRun(string[] mistakes)
    {
        using var database = new TestDatabase();
        using var seed = SeedFolder.CopyOfRealSeed();
        var expected = Make(seed, mistakes);

        var result = await MassarCli.RunAsync(database.Path, "validate", seed.Path);

        Assert.Equal(1, result.ExitCode);
        AssertReported(expected, result.Errors);
        Assert.False(Directory.Exists(database.Folder), "validate must write nothing");
    }

    [Theory]
    [MemberData(nameof(Families))]
    public async Task AnImportWithMistakesReportsThemAllAndWritesNothing(string[] mistakes)
    {
        using var database = new TestDatabase();
        Assert.Equal(0, (await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed)).ExitCode);
        var before = await database.DumpAsync();
        using var seed = SeedFolder.CopyOfRealSeed();
        var expected = Make(seed, mistakes);

        var result = await MassarCli.RunAsync(database.Path, "import", seed.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("nothing was imported\n", result.Errors, StringComparison.Ordinal);
        AssertReported(expected, result.Errors.Replace("nothing was imported\n", "", StringComparison.Ordinal));
        Assert.Equal(before, await database.DumpAsync());
    }

    [Fact]
    public async Task AFileWhoseFrontMatterCannotBeReadSaysItWasNotCheckedFurtherAndOtherFilesAreStillChecked()
    {
        using var database = new TestDatabase();
        using var seed = SeedFolder.CopyOfRealSeed();
        // The same answer's mistake in en/faq.md is not reported: without its front matter the file is not read.
        var expected = Make(seed, ["en/faq.md|1|ScriptLink", "fr/faq.md|1|ScriptLink"]).Where(e => !e.StartsWith(seed.File("en/"), StringComparison.Ordinal)).ToList();
        seed.Replace("en/faq.md", "order: 1\n---\n", "order: 1\n");

        var result = await MassarCli.RunAsync(database.Path, "validate", seed.Path);

        Assert.Equal(1, result.ExitCode);
        AssertReported(
            [$"{seed.File("en/faq.md")}:1: the front matter opened here is never closed by a '---' line; nothing else in this file was checked", .. expected],
            result.Errors);
    }

    [Fact]
    public async Task AMenuNamingNoPageIsReportedBesideAMistakeInAnotherFile()
    {
        using var database = new TestDatabase();
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/navigation.yml", "  - page: faq\n", "  - page: no-such-page\n");
        seed.Replace("en/texts.yml", "site.name: \"Massar Dalil\"", "site.name: \"\"");
        var menuLine = Array.IndexOf(File.ReadAllLines(seed.File("en/navigation.yml")), "  - page: no-such-page") + 1;
        var textLine = Array.IndexOf(File.ReadAllLines(seed.File("en/texts.yml")), "site.name: \"\"") + 1;

        var result = await MassarCli.RunAsync(database.Path, "validate", seed.Path);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith($"{seed.File("en/texts.yml")}:{textLine}: ", StringComparison.Ordinal));
        Assert.Contains($"{seed.File("en/navigation.yml")}:{menuLine}: no page of this site has the key 'no-such-page'", lines);
        Assert.Equal("2 problem(s)", lines[^1]);
    }

    /// <summary>The printed problems are exactly these, in this order (file, then line), then their count.</summary>
    private static void AssertReported(List<string> expected, string errors)
    {
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{expected.Count} problem(s)", lines[^1]);
        Assert.Equal(expected.Count, lines.Length - 1);
        Assert.All(expected.Zip(lines), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
    }

    /// <summary>Makes the mistakes in the seed copy; returns the start of each line the operator must be shown, in order.</summary>
    private static List<string> Make(SeedFolder seed, string[] mistakes)
    {
        var placed = new List<(string File, string Line, Mistake Kind)>();
        foreach (var (file, question, kind) in mistakes.Select(m => m.Split('|')).Select(p => (p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), Kinds[p[2]])))
        {
            var lines = File.ReadAllLines(seed.File(file)).ToList();
            var heading = lines.Select((text, index) => (text, index)).Where(l => l.text.StartsWith("### ", StringComparison.Ordinal)).ElementAt(question).index;
            if (kind == Kinds["HeadingWithoutKey"])
            {
                lines[heading] = lines[heading][..lines[heading].LastIndexOf(" {#", StringComparison.Ordinal)];
                placed.Add((file, lines[heading], kind));
            }
            else if (kind == Kinds["TitleOnTwoLines"])
            {
                var title = lines.FindIndex(l => l.StartsWith("title: ", StringComparison.Ordinal));
                lines[title] = "title: \"Two\\nlines\"";
                placed.Add((file, lines[title], kind));
            }
            else
            {
                // The answer's first paragraph, under the question's search terms.
                Assert.StartsWith("{search:", lines[heading + 1], StringComparison.Ordinal);
                lines.InsertRange(heading + 2, ["", kind.Line]);
                placed.Add((file, kind.Line, kind));
            }
            File.WriteAllLines(seed.File(file), lines);
        }
        return [.. placed
            .Select(p => (p.File, Line: Array.IndexOf(File.ReadAllLines(seed.File(p.File)), p.Line) + 1, p.Kind))
            .OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Kind.Column)
            .Select(p => $"{seed.File(p.File)}:{p.Line}{(p.Kind.Column > 0 ? $":{p.Kind.Column}" : "")}: {p.Kind.Message}")];
    }
}
