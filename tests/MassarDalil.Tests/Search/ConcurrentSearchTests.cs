using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Search;

/// <summary>
/// Visitors search at once: every search sees the same index, so many at a time must each get what one alone gets.
/// The load script found 500s here (a hit's entry read through a doc-values cursor shared by all threads).
/// </summary>
public class ConcurrentSearchTests
{
    private static readonly (string Language, string Query)[] Queries =
    [
        ("ar", "كلمة السر"), ("ar", "النقاط"), ("en", "password reset"), ("en", "marks"), ("fr", "mot de passe oublié"), ("fr", "moyenne"),
    ];

    [Fact]
    public async Task ManySearchesAtOnceEachGetTheAnswersOneSearchAloneGets()
    {
        using var app = new MassarApp();
        var index = app.Services.GetRequiredService<SearchIndex>();
        var alone = new Dictionary<(string, string), string>();
        foreach (var (language, query) in Queries)
        {
            alone[(language, query)] = Keys(await index.SearchAsync(language, query));
        }

        var together = await Task.WhenAll(Enumerable.Range(0, 6000).Select(i => Task.Run(async () =>
        {
            var (language, query) = Queries[i % Queries.Length];
            return ((language, query), Keys(await index.SearchAsync(language, query)));
        })));

        Assert.All(alone.Values, keys => Assert.NotEqual("", keys));
        Assert.All(together, result => Assert.Equal(alone[result.Item1], result.Item2));
    }

    private static string Keys(SearchResults results) => string.Join(' ', results.Hits.Select(h => h.Key));
}
