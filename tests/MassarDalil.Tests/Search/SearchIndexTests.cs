using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Search;

/// <summary>The examples of issue 5, against the real index built from the real seed.</summary>
public class SearchIndexTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    private static readonly string[] PasswordReset = ["forgot-password", "reset-email-missing", "no-recovery-email", "reset-link-expired"];
    private static readonly string[] Spelling = ["spelling-masar-massar", "massar-masar-moutamadris"];

    private static async Task<SearchResults> SearchAsync(MassarApp app, string language, string query) =>
        await app.Services.GetRequiredService<SearchIndex>().SearchAsync(language, query);

    [Theory]
    [InlineData("كلمة السر")]
    [InlineData("كَلِمَةُ المُرُور")]
    [InlineData("كلمة المرور")]
    [InlineData("كلمـــة المرور")]
    public async Task ArabicPasswordWordsFindThePasswordResetQuestionsFirst(string query)
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, "ar", query);

        var firstSix = results.Hits.Take(6).Select(h => h.Key).ToList();
        Assert.All(PasswordReset, key => Assert.Contains(key, firstSix));
        Assert.Equal("forgot-password", results.Hits[0].Key);
    }

    [Theory]
    [InlineData("ar", "masar")]
    [InlineData("ar", "motamadris")]
    [InlineData("en", "masar")]
    [InlineData("en", "motamadris")]
    [InlineData("ar", "مسار")]
    [InlineData("en", "MASSAR")]
    public async Task SpellingsOfMassarFindTheQuestionAboutSpelling(string language, string query)
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, language, query);

        Assert.Contains(results.Hits[0].Key, Spelling);
        Assert.Contains("massar-masar-moutamadris", results.Hits.Take(3).Select(h => h.Key));
    }

    [Fact]
    public async Task AFrenchWordFoundInAResultIsMarkedWithoutItsNearMisses()
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, "fr", "passe");

        // «passe» is «pase» to the index, one letter from «page»: where «passe» stands, «page» did not match it.
        var withWord = results.Hits.Where(h => (h.TitleHtml + h.SnippetHtml).Contains("<mark>passe</mark>", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(withWord);
        Assert.All(withWord, h => Assert.DoesNotContain("<mark>page</mark>", h.TitleHtml + h.SnippetHtml, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task NfcFindsTheDigitalIdTopic(string language)
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, language, "NFC");

        Assert.Equal(4, results.Hits.Count);
        Assert.All(results.Hits, h => Assert.Equal("digital-id", h.TopicKey));
        Assert.All(results.Hits, h => Assert.StartsWith($"/{language}/faq#nfc-", h.Url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("passwords")]
    [InlineData("password")]
    [InlineData("pasword")]
    public async Task EnglishPasswordWordsFindThePasswordQuestions(string query)
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, "en", query);

        // The reset questions, and "Do you ask for my username or password?" (which its search terms now find for
        // every way of writing password, as the privacy promise should be), fill the first five: nothing else.
        var firstFive = results.Hits.Take(5).Select(h => h.Key).ToList();
        Assert.All(PasswordReset, key => Assert.Contains(key, firstFive));
        Assert.Contains("credentials-never-asked", firstFive);
        Assert.Equal("forgot-password", results.Hits[0].Key);
    }

    [Fact]
    public async Task TheAppNameWaliyeInArabicDoesNotMatchEveryLittleWord()
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, "ar", "وليي");

        Assert.Equal("what-is-waliye", results.Hits[0].Key);
        // The parent-space questions, and the no-password answer, which sends parents to the Waliye app.
        Assert.All(results.Hits, h => Assert.True(h.TopicKey == "parent-space" || h.Key == "credentials-never-asked", h.Key));
    }

    [Fact]
    public async Task AWordTheSiteUsesIsNotAlsoReadAsTheWordsOneLetterAway()
    {
        var app = await site.AppAsync();

        // «spam» is in the reset-email answer; «scam», one letter away, is a search term of another question.
        var results = await SearchAsync(app, "en", "spam");

        Assert.Equal(["reset-email-missing"], results.Hits.Select(h => h.Key));
    }

    [Fact]
    public async Task AWordOneLetterFromTheSitesWordsOnlyAtItsStartFindsNothing()
    {
        var app = await site.AppAsync();

        // «make» and «take» are in the answers; a first letter typed differently makes another word, not a typo.
        var results = await SearchAsync(app, "en", "zake");

        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task ArabicIndicDigitsFindWesternDigits()
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, "ar", "١٠/٢٠");

        Assert.Contains("pass-mark", results.Hits.Select(h => h.Key));
    }

    [Fact]
    public async Task MatchedWordsAreMarkedAndTheRestIsEscaped()
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, "en", "spelled masar");

        var hit = results.Hits[0];
        Assert.Equal("spelling-masar-massar", hit.Key);
        Assert.Equal("Is it <mark>spelled</mark> &quot;<mark>masar</mark>&quot; or &quot;<mark>massar</mark>&quot;?", hit.TitleHtml);
        Assert.Contains("<mark>مسار</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("كلمة السر")]
    [InlineData("القن السري")]
    [InlineData("modpass")]
    public async Task EveryWayOfWritingPasswordFindsTheQuestionWrittenWithAnotherAndMarksItsWordsAsOne(string query)
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, "ar", query);

        var hit = Assert.Single(results.Hits, h => h.Key == "forgot-password");
        Assert.Equal("نسيت <mark>كلمة المرور</mark>، فمن أين أبدأ؟", hit.TitleHtml);
    }

    [Theory]
    [InlineData("", SearchProblem.Empty)]
    [InlineData("   ", SearchProblem.Empty)]
    [InlineData("?!*&<>«»", SearchProblem.NoWords)]
    [InlineData("\"\" ()[] +-", SearchProblem.NoWords)]
    public async Task QueriesWithoutWordsAreRefusedWithAReason(string query, SearchProblem problem)
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, "ar", query);

        Assert.Equal(problem, results.Problem);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task AQueryOf500CharactersIsRefusedAsTooLong()
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, "en", new string('a', 250) + " " + new string('b', 249));

        Assert.Equal(SearchProblem.TooLong, results.Problem);
    }

    [Theory]
    [InlineData("AND OR NOT")]
    [InlineData("password~ title:* \"unclosed")]
    [InlineData("the of and")]
    public async Task QuerySyntaxAndStopWordsAreJustText(string query)
    {
        var app = await site.AppAsync();
        var results = await SearchAsync(app, "en", query);

        Assert.Equal(SearchProblem.None, results.Problem);
    }
}
