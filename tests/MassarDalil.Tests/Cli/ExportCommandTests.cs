using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Cli;

public class ExportCommandTests
{
    [Fact]
    public async Task TheExportedFilesReadBackAsTheSameContent()
    {
        using var database = new TestDatabase();
        using var export = SeedFolder.Empty();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);

        var result = await MassarCli.RunAsync(database.Path, "export", export.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"exported 6 pages to {export.Path}\n", result.Output);
        var original = SeedFolderReader.Read(TestPaths.Seed);
        var exported = SeedFolderReader.Read(export.Path);
        Assert.True(exported.IsValid, string.Join('\n', exported.Errors));
        Assert.Empty(exported.Warnings);
        Assert.Equal(original.Set!.Sites, exported.Set!.Sites);
        Assert.Equal(original.Set.Pages.Count, exported.Set.Pages.Count);
        foreach (var (before, after) in original.Set.Pages.Zip(exported.Set.Pages))
        {
            Assert.Equal(
                (before.SiteKey, before.Type, before.TranslationKey, before.Slug, before.Order),
                (after.SiteKey, after.Type, after.TranslationKey, after.Slug, after.Order));
            Assert.True(before.Content.Equivalent(after.Content), $"{after.File} does not read back as {before.File}");
        }
    }

    [Fact]
    public async Task ImportingAnExportChangesNothing()
    {
        using var database = new TestDatabase();
        using var export = SeedFolder.Empty();
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);
        await MassarCli.RunAsync(database.Path, "export", export.Path);
        var before = await database.DumpAsync();

        var result = await MassarCli.RunAsync(database.Path, "import", export.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("nothing to change\n", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, await database.DumpAsync());
    }

    [Fact]
    public async Task TrickyTextSurvivesTheRoundTrip()
    {
        using var database = new TestDatabase();
        using var seed = SeedFolder.Empty();
        using var export = SeedFolder.Empty();
        seed.Write("sites.yml", "sites:\n  - key: en\n    culture: en\n    direction: ltr\n    title: 'Massar: \"Dalil\" \\ guide'\n    tagline: \"#1 guide: yes\"\n");
        seed.Write("en/faq.md", """
            ---
            type: faq
            key: faq
            slug: faq
            title: 'Questions: "all" of them \ #1'
            description: "Tabs\tand: colons # hashes"
            order: -3
            ---

            Intro with a hard break  
            and `code`.

            ## Topic: with "quotes" & #hash {#topic}

            ### Is C# or 1 + 1 = 2? {#q}

                indented code

            Line one  
            line two

            ```
            ## not a heading
            ```

            #### A sub-heading

            > quote
            """);
        await MassarCli.RunAsync(database.Path, "import", seed.Path);

        await MassarCli.RunAsync(database.Path, "export", export.Path);

        var original = SeedFolderReader.Read(seed.Path);
        var exported = SeedFolderReader.Read(export.Path);
        Assert.True(exported.IsValid, string.Join('\n', exported.Errors));
        Assert.Equal(original.Set!.Sites, exported.Set!.Sites);
        var (before, after) = (original.Set.Pages.Single(), exported.Set.Pages.Single());
        Assert.Equal(before.Order, after.Order);
        Assert.Equal(before.Content.Title, after.Content.Title);
        Assert.Equal(before.Content.Description, after.Content.Description);
        Assert.Equal(before.Content.Body, after.Content.Body);
        Assert.Equal(before.Content.Topics[0].Title, after.Content.Topics[0].Title);
        Assert.Equal(before.Content.AllQuestions, after.Content.AllQuestions);
    }

    [Fact]
    public async Task ExportingAnEmptyDatabaseWritesOnlyTheSitesFile()
    {
        using var database = new TestDatabase();
        using var export = SeedFolder.Empty();

        var result = await MassarCli.RunAsync(database.Path, "export", export.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"exported 0 pages to {export.Path}\n", result.Output);
        // The migration's synonym groups are the only content left: they export as the lexicon.
        Assert.Equal([".massar-export", "lexicon.yml", "sites.yml"], Directory.GetFileSystemEntries(export.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ASecondExportLeavesExactlyItsOwnFilesInTheFolder()
    {
        using var full = new TestDatabase();
        using var small = new TestDatabase();
        using var seed = SeedFolder.Empty();
        using var export = SeedFolder.Empty();
        using var fresh = SeedFolder.Empty();
        seed.Write("sites.yml", "sites:\n  - key: en\n    culture: en\n    direction: ltr\n    title: Massar\n");
        seed.Write("en/faq.md", "---\ntype: faq\nkey: faq\nslug: faq\ntitle: Questions\n---\n\n## Topic {#topic}\n\n### A question? {#q}\n\nAn answer.\n");
        await MassarCli.RunAsync(full.Path, "import", TestPaths.Seed);
        await MassarCli.RunAsync(small.Path, "import", seed.Path);
        await MassarCli.RunAsync(full.Path, "export", export.Path);
        await MassarCli.RunAsync(small.Path, "export", fresh.Path);

        var result = await MassarCli.RunAsync(small.Path, "export", export.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"exported 1 pages to {export.Path}\n", result.Output);
        Assert.Equal(Files(fresh.Path), Files(export.Path));
        Assert.Equal(["en/faq.md"], Files(export.Path).Where(f => f.EndsWith(".md", StringComparison.Ordinal)));
        // Nothing is left beside the folder: the export is built in a hidden folder next to it, then moved into place.
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(export.Path)!, $".{Path.GetFileName(export.Path)}*"));
    }

    [Fact]
    public async Task AFolderThatIsNotAnExportIsRefusedAndLeftAlone()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.Empty();
        folder.Write("keep.txt", "mine");
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);

        var result = await MassarCli.RunAsync(database.Path, "export", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"export refused: {folder.Path} holds files that are not a previous export; choose an empty folder, or add --force to replace everything in it\n", result.Errors);
        Assert.Equal("", result.Output);
        Assert.Equal(["keep.txt"], Files(folder.Path));
    }

    [Fact]
    public async Task WithForceAFolderThatIsNotAnExportIsReplaced()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.Empty();
        folder.Write("keep.txt", "mine");
        await MassarCli.RunAsync(database.Path, "import", TestPaths.Seed);

        var result = await MassarCli.RunAsync(database.Path, "export", folder.Path, "--force");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("keep.txt", Files(folder.Path));
        Assert.Contains(".massar-export", Files(folder.Path));
        Assert.True(SeedFolderReader.Read(folder.Path).IsValid);
    }

    /// <summary>Every file under the folder, relative, with / separators, in order.</summary>
    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal)];
}
