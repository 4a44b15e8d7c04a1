using MassarDalil.Content.Import;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Problems;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Navigation;

/// <summary><c>{site}/navigation.yml</c>: what an editor writes wrong is reported at its line, and a menu reads back as written.</summary>
public class NavigationFileTests
{
    private const string File = "seed/ar/navigation.yml";

    private static (NavigationMenu? Menu, List<Problem> Problems) Parse(string text)
    {
        var problems = new List<Problem>();
        return (NavigationFile.Parse(File, text, problems), problems);
    }

    public static TheoryData<string, int, ProblemCode> BadFiles => new()
    {
        // An entry's kind: a page or a link, never both or neither.
        { "header:\n  - page: faq\n    link: https://moutamadris.men.gov.ma\n", 2, ProblemCode.NavigationItemKind },
        { "header:\n  - page: faq\n  - label: Only a label\n", 3, ProblemCode.NavigationItemKind },
        { "header:\n  - tool: average\n", 2, ProblemCode.NavigationUnknownField },
        { "header:\n  - faq\n", 2, ProblemCode.NavigationItemNotAMap },
        // Links: https, on the Ministry's domain, nothing that only looks like it.
        { "footer:\n  - link: http://moutamadris.men.gov.ma\n", 2, ProblemCode.NavigationLinkNotHttps },
        { "footer:\n  - link: https://example.com\n", 2, ProblemCode.NavigationLinkNotOfficial },
        { "footer:\n  - link: https://moutamadris-men-gov.ma\n", 2, ProblemCode.NavigationLinkNotOfficial },
        { "footer:\n  - link: https://men.gov.ma.example.com/login\n", 2, ProblemCode.NavigationLinkNotOfficial },
        { "footer:\n  - link: https://user@moutamadris.men.gov.ma\n", 2, ProblemCode.NavigationLinkNotOfficial },
        { "footer:\n  - link: javascript:alert(1)\n", 2, ProblemCode.NavigationLinkNotOfficial },
        { "footer:\n  - link: /ar/faq\n", 2, ProblemCode.NavigationLinkNotOfficial },
        // Twice in one list.
        { "header:\n  - page: faq\n  - page: faq\n", 3, ProblemCode.NavigationItemTwice },
        { "footer:\n  - link: https://massarservice.men.gov.ma\n  - link: https://massarservice.men.gov.ma\n", 3, ProblemCode.NavigationItemTwice },
        { "home:\n  - title: First\n    pages: [activate]\n  - title: Second\n    pages: [activate]\n", 4, ProblemCode.NavigationItemTwice },
        // The file's shape.
        { "- page: faq\n", 1, ProblemCode.NavigationNotAMap },
        { "menu:\n  - page: faq\n", 1, ProblemCode.NavigationUnknownList },
        { "header: faq\n", 1, ProblemCode.NavigationNotAList },
        { "header:\n  - page: faq\n    label:\n      - two\n", 4, ProblemCode.NavigationFieldNotText },
        { "header:\n  - page: faq\n    label: \"" + new string('x', 81) + "\"\n", 2, ProblemCode.NavigationLabelForm },
        { "home:\n  - title: Getting started\n", 2, ProblemCode.NavigationGroupForm },
        { "home:\n  - pages: [activate]\n", 2, ProblemCode.NavigationLabelForm },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void AProblemInNavigationYmlIsReportedWithItsPathAndLine(string text, int line, ProblemCode code)
    {
        var (menu, problems) = Parse(text);

        Assert.Null(menu);
        var problem = Assert.Single(problems);
        Assert.Equal((code, line), (problem.Code, problem.Line));
        Assert.StartsWith($"{File}:{line}: ", problem.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrittenMenuReadsBackTheSame()
    {
        var menu = new NavigationMenu(
            [new NavigationItem("faq", null, "الأسئلة \"الشائعة\": كل شيء"), new NavigationItem("activate", null, null)],
            [new NavigationItem(null, "https://moutamadris.men.gov.ma", "بوابة التلاميذ"), new NavigationItem(null, "https://massarservice.men.gov.ma/", null)],
            [new NavigationGroup("البداية # ليست تعليقًا", ["activate", "grades"])]);

        var (read, problems) = Parse(NavigationFile.Write(menu));

        Assert.Empty(problems);
        Assert.Equal(menu, read);
    }

    [Fact]
    public void AnUnknownPageKeyIsRefusedAtItsLineWhenTheSeedIsRead()
    {
        using var seed = SeedFolder.CopyOfRealSeed();
        seed.Replace("en/navigation.yml", "footer:\n", "  - page: how-to-activate\nfooter:\n");

        var result = SeedFolderReader.Read(seed.Path);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Errors);
        Assert.Equal((ProblemCode.NavigationUnknownPage, 6), (problem.Code, problem.Line));
        Assert.Equal($"{seed.File("en/navigation.yml")}:6: no page of this site has the key 'how-to-activate'", problem.Text);
    }

    [Fact]
    public void TheShippedSeedHasANavigationForEverySiteWithTheFaqAndTheTwoOfficialPortals()
    {
        var result = SeedFolderReader.Read(TestPaths.Seed);

        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        Assert.Equal(["ar", "en", "fr"], result.Set!.Navigation.Select(n => n.SiteKey));
        Assert.All(result.Set.Navigation, n =>
        {
            Assert.Equal("faq", Assert.Single(n.Menu.Header).Page);
            Assert.Equal(["https://moutamadris.men.gov.ma", "https://massarservice.men.gov.ma"], n.Menu.Footer.Select(i => i.Link));
        });
    }
}
