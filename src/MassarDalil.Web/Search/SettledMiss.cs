using MassarDalil.Content.Published;
using MassarDalil.Content.Search;
using MassarDalil.Web.Feedback;
using Microsoft.AspNetCore.Diagnostics;

namespace MassarDalil.Web.Search;

/// <summary>
/// <c>POST /{lang}/search/settled-miss</c> with <c>q</c>: search.js sends the query the header box settled on (typing
/// stopped) when it found nothing or only the closest answers, once per visit and query. The search is run again
/// here, so only a real miss is counted, under the same privacy rule and budget as the search page. Always 204 for
/// a same-origin post: whether it was counted tells the sender nothing it needs.
/// </summary>
internal static class SettledMiss
{
    public static async Task<IResult> CountAsync(
        string lang, HttpContext context, PublishedContent content, SearchIndex index, UnansweredSearchBudget budget)
    {
        // Only search.js calls this and reads no body: a refusal is its bare status, not the visitor's error page.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
        if (!SameOrigin.Check(context.Request))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        var snapshot = await content.GetAsync(context.RequestAborted);
        if (snapshot.Find(lang) is not { } site || site.Site.Key != lang)
        {
            return Results.NotFound();
        }
        if (!context.Request.HasFormContentType)
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var results = await index.SearchAsync(lang, form["q"].ToString(), cancellationToken: context.RequestAborted);
        await UnansweredSearchCounting.CountAsync(lang, results, context.Connection.RemoteIpAddress, fromBox: true, context.RequestServices, budget, context.RequestAborted);
        return Results.NoContent();
    }
}
