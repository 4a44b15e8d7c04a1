using System.Net;
using MassarDalil.Content.Data;
using MassarDalil.Content.Search;

namespace MassarDalil.Web.Search;

/// <summary>
/// The one way a search that found nothing (or only the closest answers) is written down for the editors, from
/// the search page and from the box's settled query alike: never a query that could be someone's code, password,
/// e-mail or phone (<see cref="SearchPrivacy.CheckUnanswered"/>), and only within the address's and the day's budget.
/// </summary>
public static class UnansweredSearchCounting
{
    /// <param name="fromBox">The header box's settled query (else the search page): a query the box counted is not
    /// counted again when the visitor then presses Enter on it.</param>
    /// <param name="services">The request's services: the store (a database context) is made only for a miss that is
    /// counted, not on every search (building a context's options was a twentieth of an answered search's time).</param>
    public static async Task CountAsync(
        string language, SearchResults results, IPAddress? address, bool fromBox, IServiceProvider services, UnansweredSearchBudget budget,
        CancellationToken cancellationToken)
    {
        // The rule is checked before the budget, so refused queries use none of it.
        if (results.Answered || results.Problem != SearchProblem.None || !SearchPrivacy.MayKeepUnanswered(results.Query))
        {
            return;
        }
        var text = SearchQueryText.Normalize(results.Query);
        if (!(fromBox ? budget.TryTakeForBox(address, language, text) : budget.TryTakeForPage(address, language, text)))
        {
            return;
        }
        try
        {
            await services.GetRequiredService<UnansweredSearches>().RecordAsync(language, results.Query, cancellationToken);
        }
        catch (Exception e) when (DatabaseFaults.IsFault(e))
        {
            // The visitor still gets their answer from the in-memory index; only the count for editors is lost.
        }
    }
}
