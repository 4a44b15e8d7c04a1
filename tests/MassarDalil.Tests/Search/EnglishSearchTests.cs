using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Search;

/// <summary>The English site read as English visitors type: their everyday words (lexicon) and the question words around them.</summary>
public class EnglishSearchTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    [Theory]
    [InlineData("marks")]
    [InlineData("scores")]
    [InlineData("scores not showing")]
    public async Task EverydayWordsForGradesFindTheGradesQuestions(string query)
    {
        var app = await site.AppAsync();

        var results = await app.Services.GetRequiredService<SearchIndex>().SearchAsync("en", query);

        Assert.False(results.Closest);
        Assert.Equal("grades", results.Hits[0].TopicKey);
    }

    [Theory]
    [InlineData("username forgotten", "forgot-username")]
    [InlineData("cant login", "activated-cannot-login")]
    // Two words typed apart that the site writes as one (JoinedWords).
    [InlineData("user name", "forgot-username")]
    [InlineData("pass word", "forgot-password")]
    public async Task AnotherFormOfTheWordFindsTheQuestion(string query, string expected)
    {
        var app = await site.AppAsync();

        var results = await app.Services.GetRequiredService<SearchIndex>().SearchAsync("en", query);

        Assert.Contains(expected, results.Hits.Take(3).Select(h => h.Key));
    }

    [Fact]
    public async Task TheQuestionWordsOfEveryTitleDoNotOutrankTheWordsThatMatter()
    {
        var app = await site.AppAsync();

        // "What … should I do?" is the wrong-grade title; only "mark" and "pass" carry the question.
        var results = await app.Services.GetRequiredService<SearchIndex>().SearchAsync("en", "what mark do I need to pass");

        Assert.Equal("pass-mark", results.Hits[0].Key);
    }
}
