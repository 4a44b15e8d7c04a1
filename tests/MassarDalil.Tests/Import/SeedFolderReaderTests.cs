using System.Text;
using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Import;

public class SeedFolderReaderTests
{
    private const string Sites = "sites:\n  - key: ar\n    culture: ar-MA\n    direction: rtl\n  - key: en\n    culture: en\n    direction: ltr\n";

    private static string FaqFile(string title, params string[] questionKeys) =>
        $"---\ntype: faq\nkey: faq\nslug: faq\ntitle: {title}\n---\n\n## Topic {{#topic}}\n" +
        string.Concat(questionKeys.Select(k => $"\n### Question {k}? {{#{k}}}\n\nAnswer {k}.\n"));

    private static SeedFolder TwoLanguageFolder()
    {
        var folder = SeedFolder.Empty();
        folder.Write("sites.yml", Sites);
        folder.Write("ar/faq.md", FaqFile("الأسئلة", "one", "two"));
        folder.Write("en/faq.md", FaqFile("Questions", "one", "two"));
        return folder;
    }

    [Fact]
    public void TheRealSeedIsValidWithTheSameQuestionsInEveryLanguage()
    {
        var result = SeedFolderReader.Read(TestPaths.Seed);

        Assert.True(result.IsValid, string.Join('\n', result.Errors.Select(x => x.Text)));
        Assert.Empty(result.Warnings);
        var faqs = result.Set!.Pages.Where(p => p.Type == "faq").ToList();
        Assert.Equal(["ar", "en", "fr"], faqs.Select(p => p.SiteKey));
        Assert.All(faqs, f => Assert.Equal(34, f.Content.AllQuestions.Count()));
        Assert.All(faqs, f => Assert.Equal(8, f.Content.Topics.Count));
        Assert.All(faqs, f => Assert.Equal(faqs[0].Content.Topics.Select(t => t.Key), f.Content.Topics.Select(t => t.Key)));
        Assert.All(faqs, f => Assert.Equal(faqs[0].Content.AllQuestions.Select(q => q.Key), f.Content.AllQuestions.Select(q => q.Key)));
        // Every question of every language carries search terms: the words visitors type that the answer does not use.
        Assert.All(faqs, f => Assert.All(f.Content.AllQuestions, q => Assert.NotEmpty(q.SearchTerms)));
        Assert.Equal(["ar", "en", "fr"], result.Set.Pages.Where(p => p.Type == "home").Select(p => p.SiteKey));
    }

    [Fact]
    public void TheSeedSavedWithWindowsLineEndingsAndAByteOrderMarkReadsTheSame()
    {
        using var folder = SeedFolder.CopyOfRealSeed();
        foreach (var file in Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file).ReplaceLineEndings("\r\n");
            File.WriteAllBytes(file, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        }

        var original = SeedFolderReader.Read(TestPaths.Seed);
        var windows = SeedFolderReader.Read(folder.Path);

        Assert.True(windows.IsValid, string.Join('\n', windows.Errors.Select(x => x.Text)));
        Assert.Equal(original.Set!.Sites, windows.Set!.Sites);
        Assert.All(original.Set.Pages.Zip(windows.Set.Pages), pair => Assert.True(pair.First.Content.Equivalent(pair.Second.Content), pair.Second.File));
    }

    [Fact]
    public void AWellFormedFolderGivesItsSitesAndPages()
    {
        using var folder = TwoLanguageFolder();
        var result = SeedFolderReader.Read(folder.Path);

        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
        Assert.Equal(["ar", "en"], result.Set!.Sites.Select(s => s.Key));
        Assert.Equal([("ar", "faq"), ("en", "faq")], result.Set.Pages.Select(p => (p.SiteKey, p.TranslationKey)));
    }

    [Fact]
    public void AMissingFolderIsRefused()
    {
        var path = Path.Combine(Path.GetTempPath(), "massar-no-such-" + Guid.NewGuid().ToString("N"));
        var result = SeedFolderReader.Read(path);

        Assert.False(result.IsValid);
        Assert.Equal($"{path}: the seed folder does not exist", Assert.Single(result.Errors).Text);
    }

    [Fact]
    public void AFolderWithoutSitesFileIsRefused()
    {
        using var folder = TwoLanguageFolder();
        File.Delete(folder.File("sites.yml"));
        var result = SeedFolderReader.Read(folder.Path);

        Assert.False(result.IsValid);
        Assert.StartsWith($"{folder.File("sites.yml")}: missing: the seed folder needs a sites.yml", Assert.Single(result.Errors).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderForAnUnknownLanguageIsRefused()
    {
        using var folder = TwoLanguageFolder();
        folder.Write("fr/faq.md", FaqFile("Questions", "one", "two"));
        var result = SeedFolderReader.Read(folder.Path);

        Assert.False(result.IsValid);
        Assert.Equal($"{folder.File("fr")}: the folder 'fr' is not a site in sites.yml", Assert.Single(result.Errors).Text);
    }

    [Fact]
    public void TwoPagesWithTheSameSlugAreRefusedAtTheSecondSlugLine()
    {
        using var folder = TwoLanguageFolder();
        folder.Write("en/about.md", "---\ntype: guide\nkey: about\nslug: about\ntitle: About\n---\n\nText.\n");
        folder.Write("en/guides/about-us.md", "---\ntype: guide\ntitle: About us\nkey: about-us\nslug: about\n---\n\nText.\n");
        var result = SeedFolderReader.Read(folder.Path);

        Assert.False(result.IsValid);
        Assert.Equal(
            $"{folder.File("en/guides/about-us.md")}:5: the slug 'about' is also used by {folder.File("en/about.md")}",
            Assert.Single(result.Errors).Text);
    }

    [Fact]
    public void TwoPagesWithTheSameKeyInOneLanguageAreRefusedAtTheSecondKeyLine()
    {
        using var folder = TwoLanguageFolder();
        folder.Write("en/about.md", "---\ntype: guide\nkey: about\nslug: about\ntitle: About\n---\n\nText.\n");
        folder.Write("en/contact.md", "---\ntype: guide\nslug: contact\ntitle: Contact\nkey: about\n---\n\nText.\n");
        var result = SeedFolderReader.Read(folder.Path);

        Assert.False(result.IsValid);
        Assert.Equal(
            $"{folder.File("en/contact.md")}:5: the key 'about' is also used by {folder.File("en/about.md")}",
            Assert.Single(result.Errors).Text);
    }

    [Fact]
    public void TwoHomePagesInOneLanguageAreRefused()
    {
        using var folder = TwoLanguageFolder();
        folder.Write("en/home.md", "---\ntype: home\nkey: home\ntitle: Home\n---\n\nHello.\n");
        folder.Write("en/welcome.md", "---\ntype: home\nkey: welcome\ntitle: Welcome\n---\n\nHello.\n");
        var result = SeedFolderReader.Read(folder.Path);

        Assert.False(result.IsValid);
        Assert.Equal($"{folder.File("en/welcome.md")}:3: a second home page; {folder.File("en/home.md")} is already the home page", Assert.Single(result.Errors).Text);
    }

    [Fact]
    public void AQuestionMissingInOneLanguageIsAWarningNotAnError()
    {
        using var folder = TwoLanguageFolder();
        folder.Write("ar/faq.md", FaqFile("الأسئلة", "one"));
        var result = SeedFolderReader.Read(folder.Path);

        Assert.True(result.IsValid, string.Join('\n', result.Errors.Select(x => x.Text)));
        Assert.Equal(
            $"{folder.File("ar/faq.md")}:1: the question 'two' is in {folder.File("en/faq.md")} but not translated here yet",
            Assert.Single(result.Warnings).Text);
    }

    [Fact]
    public void APageMissingInOneLanguageIsAWarningNotAnError()
    {
        using var folder = TwoLanguageFolder();
        folder.Write("en/about.md", "---\ntype: guide\nkey: about\nslug: about\ntitle: About\n---\n\nText.\n");
        var result = SeedFolderReader.Read(folder.Path);

        Assert.True(result.IsValid);
        Assert.Equal($"{folder.File("en/about.md")}:1: the page 'about' has no 'ar' translation yet", Assert.Single(result.Warnings).Text);
    }

    [Fact]
    public void EveryFileIsCheckedAndEveryProblemReported()
    {
        using var folder = TwoLanguageFolder();
        folder.Write("ar/faq.md", FaqFile("الأسئلة", "one", "two").Replace("{#two}", "", StringComparison.Ordinal));
        folder.Write("en/faq.md", FaqFile("Questions", "one", "two").Replace("type: faq", "type: fqa", StringComparison.Ordinal));
        File.WriteAllBytes(folder.File("en/about.md"), [.. Encoding.UTF8.GetBytes("---\ntype: guide\n"), 0xFF, (byte)'\n']);
        var result = SeedFolderReader.Read(folder.Path);

        Assert.False(result.IsValid);
        string[] expected =
        [
            $"{folder.File("ar/faq.md")}:14: this heading has no key",
            $"{folder.File("en/about.md")}:3: the file is not valid UTF-8",
            $"{folder.File("en/faq.md")}:2: unknown page type 'fqa'",
        ];
        Assert.True(expected.Length == result.Errors.Count, string.Join('\n', result.Errors.Select(x => x.Text)));
        Assert.All(expected.Zip(result.Errors), pair => Assert.StartsWith(pair.First, pair.Second.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void AFileWithAnErrorIsNotAlsoReportedAsAMissingTranslationOfTheOthers()
    {
        using var folder = TwoLanguageFolder();
        folder.Write("en/faq.md", FaqFile("Questions", "one", "two").Replace("type: faq", "type: fqa", StringComparison.Ordinal));
        var result = SeedFolderReader.Read(folder.Path);

        Assert.StartsWith($"{folder.File("en/faq.md")}:2: unknown page type 'fqa'", Assert.Single(result.Errors).Text, StringComparison.Ordinal);
        // ar/faq.md's "no 'en' translation yet" would send the editor to a file that is there.
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void AFileOverOneMebibyteIsRefusedWithoutReadingIt()
    {
        using var folder = TwoLanguageFolder();
        folder.Write("en/big.md", "---\ntype: guide\nkey: big\nslug: big\ntitle: Big\n---\n\n" + new string('a', 1024 * 1024));
        var result = SeedFolderReader.Read(folder.Path);

        Assert.False(result.IsValid);
        Assert.Equal($"{folder.File("en/big.md")}:1: the file is 1024 KiB; a seed file may be at most 1024 KiB; nothing else in this file was checked", Assert.Single(result.Errors).Text);
    }

    [Fact]
    public void AMarkdownFileOutsideTheLanguageFoldersIsAWarning()
    {
        using var folder = TwoLanguageFolder();
        folder.Write("faq.md", FaqFile("Questions", "one", "two"));
        var result = SeedFolderReader.Read(folder.Path);

        Assert.True(result.IsValid);
        Assert.Equal($"{folder.File("faq.md")}: ignored: pages belong in a language folder such as ar/ or en/", Assert.Single(result.Warnings).Text);
    }

    [Fact]
    public void HiddenFilesAndFoldersOfEditorsAndToolsAreIgnored()
    {
        using var folder = TwoLanguageFolder();
        // macOS writes '._name' companions full of binary data next to files copied to other disks.
        File.WriteAllBytes(folder.File("en/._faq.md"), [0x00, 0x05, 0x16, 0x07, 0xFF, 0xFE]);
        folder.Write(".obsidian/notes.md", "notes");
        folder.Write("en/.drafts/ideas.md", "ideas");
        var result = SeedFolderReader.Read(folder.Path);

        Assert.True(result.IsValid, string.Join('\n', result.Errors.Select(x => x.Text)));
        Assert.Empty(result.Warnings);
        Assert.Equal(2, result.Set!.Pages.Count);
    }

    [Fact]
    public void ASitesFileWithProblemsIsReportedWithThePages()
    {
        using var folder = TwoLanguageFolder();
        folder.Write("sites.yml", Sites.Replace("direction: ltr", "direction: sideways", StringComparison.Ordinal));
        var result = SeedFolderReader.Read(folder.Path);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Text.StartsWith($"{folder.File("sites.yml")}:7: direction must be", StringComparison.Ordinal));
    }
}
