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
    // Re-executed as GET whatever the failed request's method (see StatusPages). Asked for by its own address,
    // nothing failed: a 500 there would tell a visitor or a monitor something untrue, so it is not found.
    public async Task<IActionResult> OnGetAsync()
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path is not { } original)
        {
            return NotFound();
        }
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
