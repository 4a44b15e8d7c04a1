using System.Text;
using MassarDalil.Content.Published;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MassarDalil.Web.Api;

/// <summary>The read-only API's handlers. Everything comes from the published snapshot: drafts never appear.</summary>
internal static class ContentEndpoints
{
    public static async Task<Results<Ok<ApiSiteList>, NotModified>> GetSites(HttpContext http, PublishedContent content)
    {
        var snapshot = await content.GetAsync(http.RequestAborted);
        var body = new ApiSiteList(snapshot.Sites.Select(ApiMapping.Site).ToList());
        return ConditionalGet.IsNotModified(http, body, snapshot.ChangedAt) ? new NotModified() : TypedResults.Ok(body);
    }

    public static async Task<Results<Ok<ApiPageList>, NotModified, ProblemHttpResult>> GetPages(
        string lang, HttpContext http, PublishedContent content)
    {
        var snapshot = await content.GetAsync(http.RequestAborted);
        if (FindSite(snapshot, lang) is not { } site)
        {
            return NoSuchSite(lang);
        }
        var body = new ApiPageList(site.Site.Key, site.Pages.Select(ApiMapping.Summary).ToList());
        return ConditionalGet.IsNotModified(http, body, snapshot.ChangedAt) ? new NotModified() : TypedResults.Ok(body);
    }

    /// <summary>
    /// A page by slug. An old slug answers 301 with the page's API address (query kept), as the site does: HTTP
    /// clients follow it without a change, where a problem detail would break every program holding the old link.
    /// A guide in the trash answers 410, as its page does, so a program can drop what it kept of it.
    /// </summary>
    public static async Task<Results<Ok<ApiPage>, NotModified, RedirectHttpResult, ProblemHttpResult>> GetPage(
        string lang, string slug, HttpContext http, PublishedContent content)
    {
        var snapshot = await content.GetAsync(http.RequestAborted);
        if (FindSite(snapshot, lang) is not { } site)
        {
            return NoSuchSite(lang);
        }
        slug = slug.Normalize(NormalizationForm.FormC);
        if (ApiMapping.FindPage(site, slug) is not { } page)
        {
            return site.FindRedirectTarget(slug) is { } target
                ? TypedResults.Redirect(ContentUrls.ApiPage(target.SiteKey, target.Slug, target.TranslationKey) + http.Request.QueryString, permanent: true)
                : site.Gone.Contains(slug) ? Gone(http, $"The site '{lang}' no longer has the page '{slug}': editors removed it.")
                : NotFound($"The site '{lang}' has no published page '{slug}'.");
        }
        var body = ApiMapping.Page(page, snapshot);
        return ConditionalGet.IsNotModified(http, body, snapshot.ChangedAt) ? new NotModified() : TypedResults.Ok(body);
    }

    public static async Task<Results<Ok<ApiFaqQuestion>, NotModified, ProblemHttpResult>> GetFaqQuestion(
        string lang, string questionKey, HttpContext http, PublishedContent content)
    {
        var snapshot = await content.GetAsync(http.RequestAborted);
        if (FindSite(snapshot, lang) is not { } site)
        {
            return NoSuchSite(lang);
        }
        if (site.Faq is not { } faq || faq.FindQuestion(questionKey) is not { } question)
        {
            return NotFound($"The site '{lang}' has no published question '{questionKey}'.");
        }
        var body = ApiMapping.FaqQuestion(faq, question, snapshot);
        return ConditionalGet.IsNotModified(http, body, snapshot.ChangedAt) ? new NotModified() : TypedResults.Ok(body);
    }

    /// <summary>Site keys are matched exactly: <c>/api/v1/AR/pages</c> is not a second address for Arabic.</summary>
    internal static PublishedSite? FindSite(PublishedSnapshot snapshot, string lang) =>
        snapshot.Find(lang) is { } site && site.Site.Key == lang ? site : null;

    internal static ProblemHttpResult NoSuchSite(string lang) => NotFound($"There is no site '{lang}'. GET {ContentUrls.ApiBase}/sites lists them.");

    private static ProblemHttpResult Gone(HttpContext http, string detail)
    {
        // As the page's 410: without Cache-Control a client may keep it for good, and a restore must be seen at once.
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status410Gone);
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound);
}
