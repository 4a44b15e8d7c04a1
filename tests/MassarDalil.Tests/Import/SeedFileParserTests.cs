using System.Globalization;
using System.Text;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Import;
using MassarDalil.Content.Publishing;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Import;

/// <summary>
/// One test per rule of the seed format. Each error names its exact file and line, so an editor
/// can go straight to it; the line numbers are counted by hand in the texts below.
/// </summary>
public class SeedFileParserTests
{
    private const string File = "seed/en/faq.md";

    // Lines: 1 ---, 2 type, 3 key, 4 slug, 5 title, 6 ---, 7 blank, 8 intro.
    private const string FaqFrontMatter = "---\ntype: faq\nkey: faq\nslug: faq\ntitle: Questions\n---\n\nIntro.\n";

    private static (SeedPage? Page, List<Problem> Problems) Parse(string text)
    {
        var problems = new List<Problem>();
        var page = SeedFileParser.Parse(File, "en", text, problems);
        return (page, problems);
    }

    private static (SeedPage? Page, List<Problem> Problems) ParseBytes(byte[] bytes)
    {
        var problems = new List<Problem>();
        var page = SeedFileParser.Parse(File, "en", bytes, problems);
        return (page, problems);
    }

    /// <summary>The FAQ front matter, then <paramref name="body"/> from line 9 on.</summary>
    private static string Faq(string body) => FaqFrontMatter + body;

    private static void AssertSingleProblem(List<Problem> problems, int line, string message)
    {
        Assert.True(problems.Count == 1, $"expected one problem, got {problems.Count}:\n{string.Join('\n', problems.Select(x => x.Text))}");
        var problem = problems[0];
        Assert.StartsWith($"{File}:{line}: ", problem.Text, StringComparison.Ordinal);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWellFormedFaqGivesItsTopicsAndQuestionsInOrder()
    {
        var (page, problems) = Parse(Faq("""
            ## Signing in {#login}

            ### I forgot my password {#forgot-password}

            Use the reset link.

            ### I forgot my username {#forgot-username}

            Ask your school.

            ## Grades {#grades}

            ### Where are my grades? {#where-grades}

            Under "Notes".
            """));

        Assert.Empty(problems);
        Assert.NotNull(page);
        Assert.Equal(("faq", "faq", "faq", "Questions", "Intro."), (page.Type, page.TranslationKey, page.Slug, page.Content.Title, page.Content.Body));
        Assert.Equal(["login", "grades"], page.Content.Topics.Select(t => t.Key));
        Assert.Equal(["Signing in", "Grades"], page.Content.Topics.Select(t => t.Title));
        Assert.Equal(["forgot-password", "forgot-username", "where-grades"], page.Content.AllQuestions.Select(q => q.Key));
        Assert.Equal("I forgot my password", page.Content.AllQuestions.First().Question);
        Assert.Equal("Under \"Notes\".", page.Content.AllQuestions.Last().Answer);
    }

    [Fact]
    public void AFileWithoutFrontMatterIsRefusedAtLineOne()
    {
        var (page, problems) = Parse("## Signing in {#login}\n\n### Q {#q}\n\nA.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 1, "must start with front matter");
    }

    [Fact]
    public void FrontMatterThatIsNeverClosedIsRefusedWhereItOpens()
    {
        var (page, problems) = Parse("---\ntype: faq\nkey: faq\nslug: faq\ntitle: Questions\n\n## Signing in {#login}\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 1, "never closed");
    }

    [Fact]
    public void MalformedYamlIsReportedAtTheLineOfTheMistake()
    {
        // Line 5: a second colon in an unquoted value is not YAML.
        var (page, problems) = Parse("---\ntype: faq\nkey: faq\nslug: faq\ntitle: Massar: a guide\n---\n\n## T {#t}\n\n### Q {#q}\n\nA.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 5, "not valid YAML");
    }

    [Fact]
    public void AFieldGivenTwiceIsReportedAtItsSecondLine()
    {
        var (page, problems) = Parse("---\ntype: faq\nkey: faq\nslug: faq\ntitle: One\ntitle: Two\n---\n\n## T {#t}\n\n### Q {#q}\n\nA.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 6, "'title'");
    }

    [Fact]
    public void AnUnknownFrontMatterFieldIsNamedWithTheKnownOnes()
    {
        var (page, problems) = Parse("---\ntype: faq\nkey: faq\nslug: faq\ntitle: Questions\nauthor: me\n---\n\n## T {#t}\n\n### Q {#q}\n\nA.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 6, "unknown front matter field 'author'; the fields are type, key, slug, title, description, order");
    }

    [Theory]
    [InlineData("type")]
    [InlineData("key")]
    [InlineData("title")]
    public void AMissingRequiredFieldIsReportedAtTheOpeningLine(string field)
    {
        var lines = new[] { "type: guide", "key: about", "slug: about", "title: About" }.Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal));
        var (page, problems) = Parse("---\n" + string.Join('\n', lines) + "\n---\n\nText.\n");

        Assert.Null(page);
        Assert.Contains(problems, p => p.Text == $"{File}:1: the front matter needs '{field}'");
    }

    [Fact]
    public void AnEmptyRequiredFieldIsReportedAtItsOwnLine()
    {
        var (page, problems) = Parse("---\ntype: guide\nkey: about\nslug: about\ntitle:\n---\n\nText.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 5, "the front matter needs 'title'");
    }

    [Fact]
    public void AnUnknownPageTypeIsReportedAtTheTypeLineWithTheKnownTypes()
    {
        var (page, problems) = Parse("---\nkey: news\ntype: blog\nslug: news\ntitle: News\n---\n\nText.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 3, "unknown page type 'blog'; use one of home, faq, guide, tool");
    }

    [Fact]
    public void AnUnknownPageTypeWithoutASlugIsOneProblemNotTwo()
    {
        var (page, problems) = Parse("---\ntype: homepage\nkey: home\ntitle: Welcome\n---\n\nHello.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 2, "unknown page type 'homepage'");
    }

    [Theory]
    [InlineData("key: Forgot Password", 3, "'key' must be lower-case Latin letters and digits joined by hyphens, not 'Forgot Password'")]
    [InlineData("key: تسجيل", 3, "'key' must be lower-case Latin letters")]
    [InlineData("slug: about_us", 4, "'slug' must be Arabic or lower-case Latin letters and digits joined by single hyphens (in Unicode NFC), not 'about_us'")]
    [InlineData("slug: -about", 4, "'slug' must be Arabic or lower-case")]
    [InlineData("slug: تفعيل--الحساب", 4, "'slug' must be Arabic or lower-case")]
    // A slug is stored as it is written, so one in NFD (é as e and U+0301, إ as ا and U+0655) is refused, not kept apart.
    [InlineData("slug: cre\u0301er-un-compte", 4, "(in Unicode NFC)")]
    [InlineData("slug: \u0627\u0655نشاء-حساب", 4, "(in Unicode NFC)")]
    public void AnInvalidKeyOrSlugIsReportedAtItsLine(string field, int line, string message)
    {
        var fields = new List<string> { "type: guide", "key: about", "slug: about", "title: About" };
        var name = field[..field.IndexOf(':', StringComparison.Ordinal)];
        fields[fields.FindIndex(f => f.StartsWith(name + ":", StringComparison.Ordinal))] = field;
        var (page, problems) = Parse("---\n" + string.Join('\n', fields) + "\n---\n\nText.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, line, message);
    }

    [Fact]
    public void AnOrderThatIsNotAWholeNumberIsReportedAtItsLine()
    {
        var (page, problems) = Parse("---\ntype: guide\nkey: about\nslug: about\ntitle: About\norder: first\n---\n\nText.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 6, "'order' must be a whole number, not 'first'");
    }

    [Fact]
    public void AHomePageWithASlugIsRefusedAtTheSlugLine()
    {
        var (page, problems) = Parse("---\ntype: home\nkey: home\ntitle: Welcome\nslug: start\n---\n\nHello.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 5, "a home page has no slug");
    }

    [Fact]
    public void AHomePageNeedsNoSlug()
    {
        var (page, problems) = Parse("---\ntype: home\nkey: home\ntitle: Welcome\n---\n\nHello, **world**.\n");

        Assert.Empty(problems);
        Assert.Equal("", page!.Slug);
        Assert.Equal("Hello, **world**.", page.Content.Body);
    }

    [Fact]
    public void AGuideCannotTakeTheFaqAddress()
    {
        var (page, problems) = Parse("---\ntype: guide\nkey: guide-faq\nslug: faq\ntitle: A guide\n---\n\nText.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 4, "the address /en/faq belongs to the FAQ");
    }

    [Fact]
    public void AnFaqPageLivesAtTheFaqAddress()
    {
        var (page, problems) = Parse("---\ntype: faq\nkey: faq\nslug: questions\ntitle: Questions\n---\n\n## T {#t}\n\n### Q {#q}\n\nA.\n");

        Assert.Null(page);
        AssertSingleProblem(problems, 4, "an FAQ page's slug must be 'faq'");
    }

    [Theory]
    [InlineData("### I forgot my password")]
    [InlineData("### I forgot my password {forgot-password}")]
    [InlineData("### I forgot my password #forgot-password")]
    public void AQuestionHeadingWithoutAKeyIsReportedAtItsLine(string heading)
    {
        var (page, problems) = Parse(Faq($"## Signing in {{#login}}\n\n{heading}\n\nUse the reset link.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 11, "this heading has no key: end it with {#a-key}");
    }

    [Fact]
    public void ATopicHeadingWithoutAKeyIsReportedAtItsLine()
    {
        var (page, problems) = Parse(Faq("## Signing in\n\n### I forgot my password {#forgot-password}\n\nUse the reset link.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 9, "this heading has no key");
    }

    [Theory]
    [InlineData("{#Bad Key}", "Bad Key")]
    [InlineData("{#forgot_password}", "forgot_password")]
    [InlineData("{#}", "")]
    [InlineData("{#نسيت}", "نسيت")]
    public void AnInvalidHeadingKeyIsNamedAtItsLine(string key, string shown)
    {
        var (page, problems) = Parse(Faq($"## Signing in {{#login}}\n\n### I forgot my password {key}\n\nUse the reset link.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 11, $"the key '{shown}' must be lower-case Latin letters and digits joined by hyphens");
    }

    [Fact]
    public void AHeadingWithAKeyButNoTextIsReported()
    {
        var (page, problems) = Parse(Faq("## Signing in {#login}\n\n### {#forgot-password}\n\nUse the reset link.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 11, "this heading has a key but no text");
    }

    [Fact]
    public void ADuplicateTopicKeyIsReportedWithTheLineOfTheFirst()
    {
        var (page, problems) = Parse(Faq("## Signing in {#login}\n\n### Q1 {#q1}\n\nA.\n\n## Logging in {#login}\n\n### Q2 {#q2}\n\nA.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 15, "the key 'login' is already used at line 9");
    }

    [Fact]
    public void ADuplicateQuestionKeyIsReportedWithTheLineOfTheFirst()
    {
        var (page, problems) = Parse(Faq("## Signing in {#login}\n\n### Q1 {#forgot}\n\nA.\n\n## Grades {#grades}\n\n### Q2 {#forgot}\n\nA.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 17, "the key 'forgot' is already used at line 11");
    }

    [Fact]
    public void AQuestionCannotShareItsKeyWithATopic()
    {
        var (page, problems) = Parse(Faq("## Signing in {#login}\n\n### How do I log in? {#login}\n\nA.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 11, "the key 'login' is already used at line 9");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n   \n\t\n")]
    public void AQuestionWithAnEmptyAnswerIsReportedAtTheQuestion(string answer)
    {
        var (page, problems) = Parse(Faq($"## Signing in {{#login}}\n\n### Q1 {{#q1}}\n{answer}\n### Q2 {{#q2}}\n\nA.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 11, "this question has no answer");
    }

    [Fact]
    public void TheLastQuestionOfTheFileNeedsAnAnswerToo()
    {
        var (page, problems) = Parse(Faq("## Signing in {#login}\n\n### Q1 {#q1}\n\nA.\n\n### Q2 {#q2}\n\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 15, "this question has no answer");
    }

    [Fact]
    public void AQuestionBeforeAnyTopicIsReportedAtTheQuestion()
    {
        var (page, problems) = Parse(Faq("### Q1 {#q1}\n\nA.\n\n## Signing in {#login}\n\n### Q2 {#q2}\n\nA.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 9, "this question comes before any topic");
    }

    [Fact]
    public void TextUnderATopicBeforeItsFirstQuestionIsReportedWhereTheTextStarts()
    {
        var (page, problems) = Parse(Faq("## Signing in {#login}\n\n\nSome stray text.\n\n### Q1 {#q1}\n\nA.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 12, "text under a topic heading must belong to a question");
    }

    [Fact]
    public void ATopicWithoutQuestionsIsReportedAtItsHeading()
    {
        var (page, problems) = Parse(Faq("## Signing in {#login}\n\n### Q1 {#q1}\n\nA.\n\n## Grades {#grades}\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 15, "this topic has no questions");
    }

    [Fact]
    public void AnEmptyTopicIsReportedAlongsideOtherProblemsButATopicWithBrokenQuestionsIsNotCalledEmpty()
    {
        var (page, problems) = Parse(Faq("## Signing in {#login}\n\n### Q1\n\nA.\n\n## Grades {#grades}\n\n## Orientation {#orientation}\n\n### Q2 {#q2}\n\nA.\n"));

        Assert.Null(page);
        Assert.True(problems.Count == 2, string.Join('\n', problems.Select(x => x.Text)));
        Assert.StartsWith($"{File}:11: this heading has no key", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith($"{File}:15: this topic has no questions", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnH1InAnFaqIsReportedAtItsLine()
    {
        var (page, problems) = Parse(Faq("# Questions\n\n## Signing in {#login}\n\n### Q1 {#q1}\n\nA.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 9, "use '## ' for a topic and '### ' for a question");
    }

    [Fact]
    public void AnFaqWithoutTopicsIsReported()
    {
        var (page, problems) = Parse(FaqFrontMatter);

        Assert.Null(page);
        AssertSingleProblem(problems, 7, "an FAQ page needs at least one '## Topic {#key}'");
    }

    [Fact]
    public void EveryProblemOfAFileIsReportedInOnePassInLineOrder()
    {
        var text = """
            ---
            type: faq
            key: Faq
            slug: faq
            colour: blue
            ---

            # Questions

            ### Early {#early}

            A.

            ## Signing in

            ### Forgot {#forgot}

            ### Forgot again {#forgot}

            A.
            """;
        var (page, problems) = Parse(text);

        Assert.Null(page);
        string[] expected =
        [
            $"{File}:1: the front matter needs 'title'",
            $"{File}:3: 'key' must be lower-case",
            $"{File}:5: unknown front matter field 'colour'",
            $"{File}:8: use '## ' for a topic",
            $"{File}:10: this question comes before any topic",
            $"{File}:14: this heading has no key",
            $"{File}:16: this question has no answer",
            $"{File}:18: the key 'forgot' is already used at line 16",
        ];
        Assert.Equal(expected.Length, problems.Count);
        Assert.All(expected.Zip(problems), pair => Assert.StartsWith(pair.First, pair.Second.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("###Forgot your password? {#forgot}")]
    [InlineData("##Passwords {#passwords}")]
    [InlineData("###\u00A0Forgot your password? {#forgot}")]
    [InlineData("####### Forgot your password? {#forgot}")]
    public void ALineThatOnlyLooksLikeAHeadingIsReportedRatherThanMergedIntoTheAnswerAbove(string heading)
    {
        var (page, problems) = Parse(Faq($"## Signing in {{#login}}\n\n### Q1 {{#q1}}\n\nA.\n\n{heading}\n\nB.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 15, "this line looks like a heading but Markdown reads it as text");
    }

    [Fact]
    public void HashTagsAndKeyLookAlikesInCodeAreNotMistakenForHeadings()
    {
        var answer = "#massar is a tag.\n\n```\n###Not a heading {#x}\n```";
        var (page, problems) = Parse(Faq($"## Signing in {{#login}}\n\n### Q1 {{#q1}}\n\n{answer}\n"));

        Assert.Empty(problems);
        Assert.Equal(answer, page!.Content.AllQuestions.Single().Answer);
    }

    [Fact]
    public void AHeadingInsideAFencedCodeBlockIsPartOfTheAnswer()
    {
        var answer = "Type this:\n\n```\n## not a topic\n### not a question\n```\n\nThen press Enter.";
        var (page, problems) = Parse(Faq($"## Signing in {{#login}}\n\n### Q1 {{#q1}}\n\n{answer}\n\n### Q2 {{#q2}}\n\nA.\n"));

        Assert.Empty(problems);
        Assert.Equal(answer, page!.Content.AllQuestions.First().Answer);
        Assert.Equal(2, page.Content.AllQuestions.Count());
    }

    [Fact]
    public void AFourthLevelHeadingStaysInTheAnswer()
    {
        var answer = "First:\n\n#### On a phone\n\nTap the menu.\n\n#### On a computer\n\nClick the menu.";
        var (page, problems) = Parse(Faq($"## Signing in {{#login}}\n\n### Q1 {{#q1}}\n\n{answer}\n\n### Q2 {{#q2}}\n\nA.\n"));

        Assert.Empty(problems);
        Assert.Equal(answer, page!.Content.AllQuestions.First().Answer);
    }

    [Fact]
    public void AnswersKeepTheirMarkdownExactly()
    {
        // Indented code, a hard line break (two trailing spaces), a table, nested lists and a quote.
        var answer = "    indented code\n\nLine one  \nline two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n  - nested\n\n> quoted **bold** [link](https://moutamadris.men.gov.ma)\n\n1. first\n2. second";
        var (page, problems) = Parse(Faq($"## Signing in {{#login}}\n\n### Q1 {{#q1}}\n\n{answer}\n\n\n### Q2 {{#q2}}\n\nA.\n"));

        Assert.Empty(problems);
        Assert.Equal(answer, page!.Content.AllQuestions.First().Answer);
    }

    [Fact]
    public void ATrailingSpaceOrTabAfterTheKeyIsAllowed()
    {
        var (page, problems) = Parse(Faq("## Signing in {#login}  \n\n###\tQ1 {#q1}\t\n\nA.\n"));

        Assert.Empty(problems);
        Assert.Equal(["q1"], page!.Content.AllQuestions.Select(q => q.Key));
        Assert.Equal("Signing in", page.Content.Topics[0].Title);
    }

    [Fact]
    public void AHeadingIndentedByUpToThreeSpacesIsStillReadWithItsKey()
    {
        var (page, problems) = Parse(Faq("## Signing in {#login}\n\n   ### Q1 {#q1}\n\nA.\n"));

        Assert.Empty(problems);
        Assert.Equal(["q1"], page!.Content.AllQuestions.Select(q => q.Key));
    }

    [Fact]
    public void WindowsLineEndingsReadTheSameAsUnixOnes()
    {
        var unix = Faq("## Signing in {#login}\n\n### Q1 {#q1}\n\nLine one\nline two\n");
        var (fromText, textProblems) = Parse(unix.ReplaceLineEndings("\r\n"));
        var (fromBytes, byteProblems) = ParseBytes(Encoding.UTF8.GetBytes(unix.ReplaceLineEndings("\r\n")));

        Assert.Empty(textProblems);
        Assert.Empty(byteProblems);
        Assert.Equal("Line one\nline two", fromText!.Content.AllQuestions.Single().Answer);
        Assert.True(fromText.Content.Equivalent(Parse(unix).Page!.Content));
        Assert.True(fromBytes!.Content.Equivalent(fromText.Content));
    }

    [Fact]
    public void ProblemsInAWindowsFileAreReportedAtTheLineAnEditorSees()
    {
        var (_, problems) = ParseBytes(Encoding.UTF8.GetBytes(Faq("## Signing in {#login}\n\n### Q1\n\nA.\n").ReplaceLineEndings("\r\n")));

        AssertSingleProblem(problems, 11, "this heading has no key");
    }

    [Fact]
    public void AByteOrderMarkIsIgnored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Faq("## T {#t}\n\n### Q {#q}\n\nA.\n"))).ToArray();
        var (page, problems) = ParseBytes(bytes);

        Assert.Empty(problems);
        Assert.Equal("Questions", page!.Content.Title);
    }

    [Fact]
    public void ALineSeparatorInsideTextIsKeptAndDoesNotShiftLineNumbers()
    {
        var (page, problems) = Parse(Faq("## T {#t}\n\n### Q {#q}\n\nOne\u2028two.\n\n### Q2\n\nA.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 15, "this heading has no key");
        Assert.Equal("One\u2028two.", Parse(Faq("## T {#t}\n\n### Q {#q}\n\nOne\u2028two.\n")).Page!.Content.AllQuestions.Single().Answer);
    }

    [Fact]
    public void AnEmptyFileIsRefusedAtLineOne()
    {
        var (page, problems) = ParseBytes([]);

        Assert.Null(page);
        AssertSingleProblem(problems, 1, "must start with front matter");
    }

    [Fact]
    public void AFileThatIsNotUtf8IsRefusedAtTheLineOfTheBadByte()
    {
        var before = Encoding.UTF8.GetBytes(Faq("## T {#t}\n\n### Q {#q}\n\n"));
        // "é" in Latin-1, as an editor saving in the wrong encoding would write it: line 13.
        var bytes = before.Concat(new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n' }).ToArray();
        var (page, problems) = ParseBytes(bytes);

        Assert.Null(page);
        AssertSingleProblem(problems, 13, "the file is not valid UTF-8");
    }

    [Fact]
    public void AnArabicFileSavedInWindows1256IsRefused()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntype: home\nkey: home\n").Concat(new byte[] { (byte)'t', (byte)'i', (byte)'t', (byte)'l', (byte)'e', (byte)':', (byte)' ', 0xE3, 0xD3, 0xC7, 0xD1, (byte)'\n' }).ToArray();
        var (page, problems) = ParseBytes(bytes);

        Assert.Null(page);
        AssertSingleProblem(problems, 4, "not valid UTF-8");
    }

    [Fact]
    public void AFileOverOneMebibyteIsRefused()
    {
        var text = Faq("## T {#t}\n\n### Q {#q}\n\n" + new string('a', 1024 * 1024) + "\n");
        var (page, problems) = ParseBytes(Encoding.UTF8.GetBytes(text));

        Assert.Null(page);
        AssertSingleProblem(problems, 1, "a seed file may be at most 1024 KiB");
    }

    [Fact]
    public void AFileOfExactlyOneMebibyteIsAccepted()
    {
        // Answers within PageValidator.AnswerMax each, as in the editor; the last one fills the file to the byte.
        const int size = 1024 * 1024;
        var text = new StringBuilder(Faq("## T {#t}\n\n"));
        for (var q = 0; ; q++)
        {
            text.Append(CultureInfo.InvariantCulture, $"### Q{q} {{#q{q}}}\n\n");
            var room = size - Encoding.UTF8.GetByteCount(text.ToString()) - "\n\n".Length;
            text.Append('a', Math.Min(room, PageValidator.AnswerMax)).Append("\n\n");
            if (room <= PageValidator.AnswerMax)
            {
                break;
            }
        }
        var (page, problems) = ParseBytes(Encoding.UTF8.GetBytes(text.ToString()));

        Assert.Equal(size, Encoding.UTF8.GetByteCount(text.ToString()));
        Assert.Empty(problems);
        Assert.NotNull(page);
    }

    [Fact]
    public void TabsBetweenAFieldAndItsValueAreAllowed()
    {
        var (page, problems) = Parse("---\ntype:\tguide\nkey:\tabout\nslug:\tabout\ntitle:\tAbout us\n---\n\nText.\n");

        Assert.Empty(problems);
        Assert.Equal(("guide", "about", "About us"), (page!.Type, page.Slug, page.Content.Title));
    }

    [Fact]
    public void ASetextUnderlineInAnAnswerIsReportedAtTheUnderline()
    {
        // "Text" followed by "---" is a level-2 heading in Markdown, which would cut the answer in two.
        var (page, problems) = Parse(Faq("## T {#t}\n\n### Q {#q}\n\nSome text\n---\n\nMore.\n"));

        Assert.Null(page);
        AssertSingleProblem(problems, 14, "a line of '---' or '===' under text makes it a heading");
    }
}
