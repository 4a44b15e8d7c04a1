using MassarDalil.Content.Problems;
using MassarDalil.Content.Import;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Import;

/// <summary>A question's search terms in the seed format: one <c>{search: …}</c> line under its heading.</summary>
public class SeedSearchTermsTests
{
    private const string File = "seed/ar/faq.md";

    // Lines: 1-6 front matter, 7 blank, 8 intro, 9 blank, 10 topic, 11 blank, 12 question, 13 search line, 14 blank, 15 answer.
    private static string Faq(string searchLine) =>
        $"---\ntype: faq\nkey: faq\nslug: faq\ntitle: أسئلة\n---\n\nمقدمة.\n\n## الدخول {{#login}}\n\n### نسيت كلمة المرور {{#forgot-password}}\n{searchLine}\n\nاضغط على الرابط.\n";

    private static (SeedPage? Page, List<Problem> Problems) Parse(string text)
    {
        var problems = new List<Problem>();
        return (SeedFileParser.Parse(File, "ar", text, problems), problems);
    }

    [Fact]
    public void TheSearchLineGivesTheQuestionsTermsAndIsNotPartOfTheAnswer()
    {
        var (page, problems) = Parse(Faq("{search: mot de passe oublié، القن السري, nsit lmodpass}"));

        Assert.Empty(problems);
        var question = page!.Content.AllQuestions.Single();
        Assert.Equal(["mot de passe oublié", "القن السري", "nsit lmodpass"], question.SearchTerms);
        Assert.Equal("اضغط على الرابط.", question.Answer);
    }

    [Fact]
    public void TermsRoundTripThroughTheExport()
    {
        var content = new PageContent
        {
            Title = "أسئلة",
            Topics = [new FaqTopic("login", "الدخول", [new FaqQuestion("forgot-password", "نسيت كلمة المرور", "اضغط.") { SearchTerms = ["mot de passe", "القن السري"] }])],
        };

        var (page, problems) = Parse(SeedWriter.Page(PageType.Faq, "faq", "faq", 1, content));

        Assert.Empty(problems);
        Assert.True(page!.Content.Equivalent(content));
        Assert.Equal(["mot de passe", "القن السري"], page.Content.AllQuestions.Single().SearchTerms);
    }

    [Theory]
    [InlineData("code massar, G123456789")]
    [InlineData("parent@example.com")]
    [InlineData("Azerty#2024")]
    [InlineData("0612345678")]
    public void ATermThatCouldBeACodeOrPasswordIsReportedAtTheSearchLine(string terms)
    {
        var (page, problems) = Parse(Faq($"{{search: {terms}}}"));

        Assert.Null(page);
        var problem = Assert.Single(problems);
        Assert.StartsWith($"{File}:13: the search terms: ", problem.Text, StringComparison.Ordinal);
        Assert.Contains("Massar code or password", problem.Message, StringComparison.Ordinal);
    }
}
