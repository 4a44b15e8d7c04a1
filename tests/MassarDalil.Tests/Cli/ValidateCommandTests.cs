using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Cli;

public class ValidateCommandTests
{
    [Fact]
    public async Task ValidatingTheSeedReportsItValidAndDoesNotCreateTheDatabase()
    {
        using var database = new TestDatabase("data/massar.db");

        var result = await MassarCli.RunAsync(database.Path, "validate", TestPaths.Seed);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Errors);
        Assert.Equal("6 pages, 102 questions: valid\n", result.Output);
        Assert.False(File.Exists(database.Path));
        Assert.False(Directory.Exists(database.Folder), "validate must not even create the database's folder");
    }

    [Fact]
    public async Task ValidatingLeavesAnExistingDatabaseExactlyAsItWas()
    {
        using var database = new TestDatabase();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);
        var before = await database.DumpAsync();
        var modified = File.GetLastWriteTimeUtc(database.Path);
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/faq.md", "Yes. All the guides and tools on this site are free.", "Yes, free.");

        var result = await MassarCli.RunAsync(database.Path, "validate", seed.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, await database.DumpAsync());
        Assert.Equal(modified, File.GetLastWriteTimeUtc(database.Path));
    }

    [Fact]
    public async Task ValidatingABrokenSeedPrintsEachProblemAndFails()
    {
        using var database = new TestDatabase();
        using var seed = SeedFolder.CopyOfRealSeed();
        var heading = Array.FindIndex(File.ReadAllLines(seed.File("ar/faq.md")), line => line.EndsWith("{#free-to-use}", StringComparison.Ordinal)) + 1;
        seed.Replace("ar/faq.md", "{#free-to-use}", "");
        File.WriteAllBytes(seed.File("en/home.md"), [.. File.ReadAllBytes(seed.File("en/home.md")), 0xC3, 0x28, (byte)'\n']);

        var result = await MassarCli.RunAsync(database.Path, "validate", seed.Path);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{seed.File("ar/faq.md")}:{heading}: this heading has no key", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{seed.File("en/home.md")}:16: the file is not valid UTF-8", lines[1], StringComparison.Ordinal);
        Assert.Equal("2 problem(s)", lines[2]);
        Assert.False(Directory.Exists(database.Folder));
    }

    [Fact]
    public async Task AQuestionNotYetTranslatedIsAWarningAndTheSeedIsStillValid()
    {
        using var database = new TestDatabase();
        using var seed = SeedFolder.CopyOfRealSeed();
        var text = File.ReadAllText(seed.File("ar/faq.md"));
        var start = text.IndexOf("### هل استخدام الموقع مجاني؟", StringComparison.Ordinal);
        var end = text.IndexOf("### ", start + 4, StringComparison.Ordinal);
        File.WriteAllText(seed.File("ar/faq.md"), text[..start] + text[end..]);

        var result = await MassarCli.RunAsync(database.Path, "validate", seed.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"warning: {seed.File("ar/faq.md")}:1: the question 'free-to-use' is in {seed.File("en/faq.md")} but not translated here yet\n" +
            $"warning: {seed.File("ar/faq.md")}:1: the question 'free-to-use' is in {seed.File("fr/faq.md")} but not translated here yet\n" +
            "6 pages, 101 questions: valid\n",
            result.Output);
    }
}
