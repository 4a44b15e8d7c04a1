using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Search;

/// <summary>
/// A Latin word's near misses (one typo away) are kept in memory so the next search with that word does not build
/// them again; a query that could be someone's password, code, e-mail or phone is never kept, not even that way.
/// </summary>
public class NearMissMemoryTests
{
    private static readonly string[] PasswordReset = ["forgot-password", "reset-email-missing", "no-recovery-email", "reset-link-expired"];

    [Fact]
    public async Task AWordOfAQueryThatLooksLikeAPasswordIsNotKeptButTheSameWordInAQuestionIs()
    {
        using var app = new MassarApp();
        var index = app.Services.GetRequiredService<SearchIndex>();

        var passwordLike = await index.SearchAsync("en", "pasword x9k2");
        Assert.False(SearchPrivacy.MayRecord(passwordLike.Query));
        Assert.False(index.KeepsNearMissesOf("en", "pasword"));

        var question = await index.SearchAsync("en", "pasword reset");
        Assert.Contains(question.Hits[0].Key, PasswordReset); // the typo still finds the answers
        Assert.True(index.KeepsNearMissesOf("en", "pasword"));
    }

    [Fact]
    public async Task AWordNothingOnTheSiteIsNearIsNotKept()
    {
        using var app = new MassarApp();
        var index = app.Services.GetRequiredService<SearchIndex>();

        var results = await index.SearchAsync("en", "qzxvw");

        Assert.Empty(results.Hits);
        Assert.False(index.KeepsNearMissesOf("en", "qzxvw"));
    }
}
