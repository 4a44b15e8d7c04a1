using MassarDalil.Content.Published;
using MassarDalil.Content.Search;
using MassarDalil.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace MassarDalil.Web.Search;

/// <summary>
/// <c>/{lang}/search?q=</c>: results without JavaScript, and the page search.js enhances. A query
/// that finds nothing, or only the closest answers, is counted for the editors (text and language only), unless it could be someone's code,
/// password, e-mail or phone number, or the address or the day has used its budget of counts.
/// </summary>
[OutputCache(NoStore = true)] // every query differs, and a cached page would not count what found nothing
public sealed class SearchModel(PublishedContent content, SearchIndex index, UnansweredSearchBudget budget) : PublicPageModel(content)
{
    public string Query { get; private set; } = "";
    public SearchResults? Results { get; private set; }
    public string? Message { get; private set; }
    public IReadOnlyList<OtherLanguageAnswer> OtherLanguages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string lang, string? q)
    {
        if (!await LoadSiteAsync(lang))
        {
            return NotFound();
        }
        CanonicalPath = $"/{lang}/search";
        // Before searching, which counts what found nothing: /ar/Search?q=… is counted once, at /ar/search.
        if (ToOwnAddress() is { } redirect)
        {
            return redirect;
        }
        Query = q?.Trim() ?? "";
        NoIndex = true;
        // The page shows what was typed: the visitor's browser may keep it, a shared cache (a school's proxy, a CDN) may not.
        Response.Headers.CacheControl = "private, no-cache";
        // Model binding turns "?q=" into null: only a missing q means the visitor has not searched yet.
        var searched = Request.Query.ContainsKey("q");
        var withQuery = searched ? $"?q={Uri.EscapeDataString(Query)}" : "";
        Alternates = AlternatesFor(s => $"/{s.Site.Key}/search{withQuery}");
        PageTitle = $"{Texts["search.page-title"]} | {SiteTitle}";
        MetaDescription = Texts["search.label"];
        if (!searched)
        {
            return Page(); // arrived without a query: just the form
        }
        Results = await index.SearchAsync(lang, Query, cancellationToken: HttpContext.RequestAborted);
        Message = SearchWords.Problem(Texts, Results.Problem);
        if (Results.Problem == SearchProblem.Unavailable)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
        if (Message is null)
        {
            PageTitle = $"{Texts.Format("results.title-for", Query)} | {SiteTitle}";
            await UnansweredSearchCounting.CountAsync(lang, Results, HttpContext.Connection.RemoteIpAddress, fromBox: false, HttpContext.RequestServices, budget, HttpContext.RequestAborted);
            OtherLanguages = await OtherLanguageAnswers.FindAsync(index, Snapshot, lang, Results, HttpContext.RequestAborted);
        }
        return Page();
    }
}
