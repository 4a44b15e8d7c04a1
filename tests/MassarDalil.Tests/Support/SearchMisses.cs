using MassarDalil.Content.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

/// <summary>The ways a search that found nothing reaches the editors' record, and what the record then holds.</summary>
public static class SearchMisses
{
    /// <summary>What search.js sends when the header box settles on a query: a same-origin post, unless told otherwise.</summary>
    public static Task<HttpResponseMessage> PostSettledMissAsync(this HttpClient client, string language, string query, string fetchSite = "same-origin")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/{language}/search/settled-miss")
        {
            Content = new FormUrlEncodedContent([new("q", query)]),
        };
        request.Headers.Add("Sec-Fetch-Site", fetchSite);
        return client.SendAsync(request);
    }

    /// <summary>Records <paramref name="query"/> straight through the store, as both entry points end up doing; true when it was kept.</summary>
    public static Task<bool> RecordMissAsync(this MassarApp app, string language, string query) =>
        app.WithDbAsync((_, services) => services.GetRequiredService<UnansweredSearches>().RecordAsync(language, query));

    /// <summary>Every text the UnansweredSearches table holds, in no particular order.</summary>
    public static Task<List<string>> StoredMissesAsync(this MassarApp app) =>
        app.WithDbAsync(db => db.UnansweredSearches.AsNoTracking().Select(u => u.Text).ToListAsync());
}
