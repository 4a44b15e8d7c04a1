using MassarDalil.Content.Published;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// Shown (with status 500) when a request fails outside Development, in the language its path
/// starts with. Says nothing about the failure itself.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(PublishedContent content) : PublicPageModel(content)
{
    // Re-executed as GET whatever the failed request's method (see StatusPages).
    public async Task<IActionResult> OnGetAsync()
    {
        var original = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "";
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        if (!await LoadSiteOfPathAsync(original))
        {
            return Content("Something went wrong", "text/plain");
        }
        PageTitle = $"{Texts["error.title"]} | {SiteTitle}";
        MetaDescription = Texts["error.text"];
        NoIndex = true;
        Alternates = AlternatesFor(s => PublicUrls.Home(s.Site.Key));
        return Page();
    }
}
