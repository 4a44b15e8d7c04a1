using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.PublicSite;

/// <summary>Answers a parent can trust: where to type a password, no contradictions, the words Moroccan schools use.</summary>
public class AnswerWordingTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    public static TheoryData<string, string, string, string> WhereToSignIn => new()
    {
        { "/ar/", "التي تنتهي عناوينها بـ men.gov.ma، أو في التطبيقات الرسمية", "أولياء التلاميذ", "وليي" },
        { "/ar/faq/credentials-never-asked", "التي تنتهي عناوينها بـ men.gov.ma، أو في التطبيقات الرسمية", "أولياء التلاميذ", "وليي" },
        { "/en/", "whose addresses end in men.gov.ma, or in the official apps", "parents sign in", "Waliye" },
        { "/en/faq/credentials-never-asked", "whose addresses end in men.gov.ma, or in the official apps", "Parents sign in", "Waliye" },
    };

    [Theory]
    [MemberData(nameof(WhereToSignIn))]
    public async Task TheNoPasswordAnswersNameTheStudentPortalAndSendParentsToWaliye(string path, string rule, string parents, string waliye)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync(path);
        var main = page.QuerySelector("main")!;

        Assert.Contains(rule, main.TextContent, StringComparison.Ordinal);
        Assert.NotNull(main.QuerySelector("a[href='https://moutamadris.men.gov.ma']"));
        Assert.Contains(parents, main.TextContent, StringComparison.Ordinal);
        Assert.Contains(waliye, main.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task TheTwoUsernameAnswersPointToEachOtherAndNeitherSaysTheOtherIsWrong(string language)
    {
        var app = await site.AppAsync();
        var visitor = app.CreateVisitor();
        var forgot = (await visitor.GetDocumentAsync($"/{language}/faq/forgot-username")).QuerySelector(".single-question .answer")!;
        var activated = (await visitor.GetDocumentAsync($"/{language}/faq/activated-cannot-login")).QuerySelector(".single-question .answer")!;

        Assert.NotNull(forgot.QuerySelector($"a[href='/{language}/faq#activated-cannot-login']"));
        Assert.NotNull(activated.QuerySelector($"a[href='/{language}/faq#forgot-username']"));
        // The source said "usually your Massar code" in one answer and "not your Massar code" in the other,
        // unconditionally; both now say which username applies when.
        var (usually, notTheCode) = language == "ar"
            ? ("يكون اسم المستخدم في الغالب هو رمز مسار", "أنك تستعمل اسم المستخدم الذي أنشأته أثناء التفعيل، وليس رمز مسار")
            : ("Your username is usually your Massar code", "Use the username you created during activation, not your Massar code");
        Assert.DoesNotContain(usually, forgot.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(notTheCode, activated.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> WordsNotUsed => new()
    {
        // Moroccan schools say أولياء التلاميذ, الأستاذ الرئيسي / الحارس العام, مجالس الأقسام; one word for password and child.
        { "ar", "أولياء الأمور" },
        { "ar", "ولي الأمر" },
        { "ar", "المشرف على قسمك" },
        { "ar", "مجالس التوجيه" },
        { "ar", "كلمة السر" },
        { "ar", "طفل" },
        // The site has no results calendar: the school says when results come.
        { "ar", "جدول مواعيد النتائج" },
        { "en", "results calendar" },
        // British spelling throughout.
        { "en", "counselor" },
        { "en", "behavior" },
        { "en", "center" },
        { "en", "color" },
        { "en", "enroll" },
    };

    [Theory]
    [MemberData(nameof(WordsNotUsed))]
    public void TheSeedUsesTheWordsOfMoroccanSchools(string language, string word)
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Seed, language), "*.md", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{Path.GetFileName(file)} says «{word}»");
        }
    }

    [Theory]
    [InlineData("/en/faq", "\"orientation\" means choosing a study branch, or stream")]
    [InlineData("/en/faq", "the carte scolaire: the plan of how many places each branch has")]
    [InlineData("/en/", "\"orientation\" means choosing a study branch, or stream")]
    public async Task TheFrenchFalseFriendsAreExplainedOncePerPage(string path, string gloss)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync(path);
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Equal(1, (text.Length - text.Replace(gloss, "", StringComparison.Ordinal).Length) / gloss.Length);
    }
}
