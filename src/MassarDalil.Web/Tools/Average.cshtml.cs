using MassarDalil.Content.Published;
using MassarDalil.Content.Tools;
using MassarDalil.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Tools;

/// <summary>
/// <c>/{lang}/tools/average</c>: the grade-average calculator. Without JavaScript the form posts here
/// and the page shows the result; average.js does the same instantly. Nothing is stored.
/// </summary>
// No antiforgery token: the post changes nothing and stores nothing, so there is nothing to forge,
// and the page it posts from stays the same for every visitor (cacheable).
[IgnoreAntiforgeryToken]
public sealed class AverageModel(PublishedContent content) : PublicPageModel(content)
{
    public const int BlankRows = 3;

    [BindProperty]
    public List<GradeRowForm> Rows { get; set; } = [];

    public GradeAverageResult? Result { get; private set; }

    /// <summary>The words average.js needs, as JSON for a data block.</summary>
    public string ScriptWords => AverageWords.Script(Texts);

    public async Task<IActionResult> OnGetAsync(string lang)
    {
        if (!await LoadAsync(lang))
        {
            return NotFound();
        }
        Rows = Enumerable.Range(0, BlankRows).Select(_ => new GradeRowForm()).ToList();
        return Page();
    }

    /// <param name="add">Set by the "Add a subject" button: one more row, nothing calculated yet.</param>
    public async Task<IActionResult> OnPostAsync(string? add)
    {
        // The language is read from the route, not bound: a form too large to read fails the binding of every
        // parameter, the address's included, and the visitor would get "page not found".
        if (!await LoadAsync(RouteData.Values["lang"] as string ?? ""))
        {
            return NotFound();
        }
        Rows = Rows.Take(GradeAverage.MaxRows).ToList();
        if (add is not null)
        {
            if (Rows.Count < GradeAverage.MaxRows)
            {
                Rows.Add(new GradeRowForm());
            }
            return Page();
        }
        Result = GradeAverage.Calculate(Rows.Select(r => new GradeRowInput(r.Subject, r.Grade, r.Coefficient)).ToList());
        return Page();
    }

    public string? ErrorFor(int row, GradeField field) =>
        Result?.Errors.FirstOrDefault(e => e.Row == row && e.Field == field) is { } error ? AverageWords.Message(Texts, error) : null;

    private async Task<bool> LoadAsync(string lang)
    {
        if (!await LoadSiteAsync(lang))
        {
            return false;
        }
        PageTitle = $"{Texts["average.title"]} | {SiteTitle}";
        MetaDescription = Texts["average.description"];
        CanonicalPath = PublicUrls.AverageTool(lang);
        Alternates = AlternatesFor(s => PublicUrls.AverageTool(s.Site.Key));
        return true;
    }
}

/// <summary>One row of the form as typed: text, so "14,5" reaches the calculation as the visitor wrote it.</summary>
public sealed class GradeRowForm
{
    public string? Subject { get; set; }
    public string? Grade { get; set; }
    public string? Coefficient { get; set; } = "1";
}
