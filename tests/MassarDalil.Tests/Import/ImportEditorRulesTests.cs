using System.Globalization;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Import;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Text;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Import;

/// <summary>The importer refuses what the manager's editor refuses, with the same rules (PageValidator), at the file's line.</summary>
public class ImportEditorRulesTests
{
    private const string File = "seed/en/page.md";

    public static TheoryData<string, string, string> RefusedPages => new()
    {
        // Reserved addresses: the editor's list, no longer a shorter copy of it.
        { Guide(slug: "manager"), "4", "the address /en/manager belongs to the site itself" },
        { Guide(slug: "api"), "4", "the address /en/api belongs to the site itself" },
        { Guide(slug: "error"), "4", "the address /en/error belongs to the site itself" },
        { Guide(slug: "not-found"), "4", "the address /en/not-found belongs to the site itself" },
        // Lengths.
        { Guide(title: new string('t', PageValidator.TitleMax + 1)), "5", $"the title: This text is too long: at most {PageValidator.TitleMax} characters." },
        { Guide(description: new string('d', PageValidator.DescriptionMax + 1)), "6", $"the description: This text is too long: at most {PageValidator.DescriptionMax} characters." },
        { Faq(question: new string('q', PageValidator.QuestionMax + 1) + "?"), "10", $"the question: This text is too long: at most {PageValidator.QuestionMax} characters." },
        { Faq(answer: new string('a', PageValidator.AnswerMax + 1)), "12", $"the answer: This text is too long: at most {PageValidator.AnswerMax} characters." },
        { Guide(body: new string('b', PageValidator.BodyMax + 1)), "9", $"the text: This text is too long: at most {PageValidator.BodyMax} characters." },
        // Look-alike official links.
        { Guide(body: "Sign in at [Massar](https://massar-men-gov.ma/login)."), "9:12", "the text: This link looks like the Ministry's but is not on men.gov.ma: “https://massar-men-gov.ma/login”" },
        { Faq(answer: "Go to <https://massar.example.com>."), "12:7", "the answer: This link looks like the Ministry's but is not on men.gov.ma: “https://massar.example.com”" },
        { Faq(answer: "Go to <https://menngov.ma>."), "12:7", "the answer: This link looks like the Ministry's but is not on men.gov.ma: “https://menngov.ma”" },
        // Words that show another address than the link opens.
        { Guide(body: "Sign in at [https://massarservice.men.gov.ma](https://example.org/login)."), "9:12",
            "the text: The words of this link show “massarservice.men.gov.ma”, but the link opens “https://example.org/login”." },
        // A look-alike written as text, outside any link.
        { Faq(answer: "Go to rnassar.ma and sign in."), "12:7",
            "the answer: This text names “rnassar.ma”, an address that looks like the Ministry's but is not on men.gov.ma." },
        // Links and images the site would show as plain text.
        { Guide(body: "Sign in [here](javascript:alert(1))."), "9:9", "the text: This link cannot be used: “javascript:alert(1)”" },
        { Faq(answer: "![the form](https://evil.example/form.png)"), "12:1", "the answer: This image cannot be shown: “https://evil.example/form.png”" },
        // Line breaks in one-line fields (YAML escapes make them possible in front matter).
        { Guide(title: "\"Line one\\nline two\""), "5", "the title: Write this on one line, without line breaks." },
        { Guide(title: "\"Line one\\u2028line two\""), "5", "the title: Write this on one line, without line breaks." },
        { Guide(description: "\"One\\rtwo\""), "6", "the description: Write this on one line, without line breaks." },
    };

    [Theory]
    [MemberData(nameof(RefusedPages))]
    public void APageTheEditorWouldRefuseIsRefusedByTheImporterAtItsLine(string text, string line, string message)
    {
        var problems = new List<Problem>();

        var page = SeedFileParser.Parse(File, "en", text, problems);

        Assert.Null(page);
        var problem = Assert.Single(problems);
        Assert.StartsWith($"{File}:{line}: {message}", problem.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Line one\nline two")]
    [InlineData("Line one\r\nline two")]
    [InlineData("Line one\u2028line two")]
    public void TheEditorRefusesALineBreakInATitleOrQuestion(string text)
    {
        var content = new PageContent
        {
            Title = text,
            Topics = [new FaqTopic("topic", text, [new FaqQuestion("question", text, "Answer.")])],
        };

        var problems = PageValidator.Validate(PageType.Faq, content, "faq");

        Assert.Equal(["Title", "Topics[0].Title", "Topics[0].Questions[0].Question"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal("Write this on one line, without line breaks.", p.Message));
    }

    [Theory]
    [InlineData("Sign In")]
    [InlineData("sign_in")]
    [InlineData("تسجيل")]
    public void ATranslationKeyFollowsTheKeyFormat(string key) =>
        Assert.Equal("TranslationKey", Assert.Single(PageValidator.ValidateTranslationKey(key)).Field);

    [Fact]
    public void AKeyOrAddressTooLongIsToldItsLimitRatherThanToUseOtherLetters()
    {
        var tooLong = new string('a', Slug.MaxLength + 1);
        var limit = Slug.MaxLength.ToString(CultureInfo.InvariantCulture);

        Assert.Equal([(ProblemCode.KeyTooLong, limit)], PageValidator.ValidateTranslationKey(tooLong).Select(p => (p.Code, p.Args[0])));
        Assert.Equal([(ProblemCode.AddressTooLong, limit)], PageValidator.ValidateSlug(tooLong).Select(p => (p.Code, p.Args[0])));
    }

    private static string Guide(string slug = "guide", string title = "A guide", string description = "\"\"", string body = "Text.") =>
        $"---\ntype: guide\nkey: guide\nslug: {slug}\ntitle: {title}\ndescription: {description}\n---\n\n{body}\n";

    private static string Faq(string question = "A question?", string answer = "An answer.") =>
        $"---\ntype: faq\nkey: faq\nslug: faq\ntitle: Questions\n---\n\n## Topic {{#topic}}\n\n### {question} {{#question}}\n\n{answer}\n";
}
