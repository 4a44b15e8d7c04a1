using System.Text.Encodings.Web;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;
using Microsoft.AspNetCore.Mvc;
using MassarDalil.Web.Problems;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>
/// The editor's live preview: Markdown in, the same safe HTML the public site would show out.
/// A POST with the form's antiforgery token, like every other change in the manager.
/// A plain PageModel on purpose: the manager's pages carry their confirmation in TempData, and a
/// preview fetched while a save redirects would otherwise read that message and delete its cookie.
/// </summary>
public sealed class MarkdownPreviewModel(MassarDalil.Content.Published.PublishedContent published) : PageModel
{
    /// <summary>The longest Markdown a save accepts, an answer or a page's body: anything longer is refused there too.</summary>
    public const int MaxLength = PageValidator.AnswerMax > PageValidator.BodyMax ? PageValidator.AnswerMax : PageValidator.BodyMax;

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(string? markdown, string? lang)
    {
        var text = markdown ?? "";
        if (text.Length > MaxLength)
        {
            return BadRequest();
        }
        // Library images as the page will show them, with the alt text of the page's language, and Latin words
        // isolated as the site's direction (sites.yml) wants them: the check's own rendering, one parse for both.
        var snapshot = await published.GetAsync(HttpContext.RequestAborted);
        var reading = MarkdownCheck.Read(text, snapshot.Media, lang);
        if (reading.Problem is { } problem)
        {
            // The same words the save would give, where the preview would be (manager.js shows a 422's body).
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Content(Refusal([new Problem(PageValidator.Describe(problem), [])]), "text/html; charset=utf-8");
        }
        var html = reading.Html(snapshot.Find(lang)?.Site.IsRightToLeft == true);
        // Every link or written address the save would refuse is said above the preview in the save's own words (its
        // check, not a copy), so the editor learns of all of them while writing; the preview still shows the rest.
        var addresses = PageValidator.AddressProblems("", reading).ToList();
        return Content(addresses.Count > 0 ? Refusal(addresses) + html : html, "text/html; charset=utf-8");
    }

    /// <summary>The problems in one alert, so a screen reader announces them once, together.</summary>
    private string Refusal(IEnumerable<Problem> problems)
    {
        var words = HttpContext.RequestServices.GetRequiredService<ProblemWords>();
        var culture = ManagerText.For(HttpContext).Culture;
        var messages = problems.Select(p => $"<p class=\"preview-problem\">{HtmlEncoder.Default.Encode(words.Message(p, culture))}</p>");
        return $"<div class=\"preview-problems\" role=\"alert\">{string.Concat(messages)}</div>";
    }
}
