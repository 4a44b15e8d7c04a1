using MassarDalil.Content.Published;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// Shown (with status 404) for any unknown address, in the language its path starts with, or in
/// the default language when the path names no site.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class NotFoundModel(PublishedContent content) : PublicPageModel(content)
{
    // Re-executed as GET whatever the method of the request that was not found (see StatusPages).
    public async Task<IActionResult> OnGetAsync()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        if (!await LoadSiteOfPathAsync(original))
        {
            return Content("Not found", "text/plain");
        }
        ShowStatus(StatusCodes.Status404NotFound, "notfound");
        return Page();
    }
}
