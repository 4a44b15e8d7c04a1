using MassarDalil.Content.Problems;
using MassarDalil.Content.Data;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Web.Areas.Manager.Editing;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>
/// A site's texts (its name, notices and every label of the public pages), grouped by where they appear, each beside
/// the other language's. Saved, previewed, published, merged and restored like any page: they are its texts page.
/// </summary>
public sealed class TextsModel(ContentDbContext db, PageEditor editor, MarkdownRenderer markdown) : EditorPageModel(db, editor, markdown)
{
    public override string FormId => "texts-form";

    [BindProperty]
    public TextsInput Input { get; set; } = new();

    /// <summary>The other site's texts as its draft has them, shown beside each field.</summary>
    public IReadOnlyDictionary<string, string> TwinTexts => Twin?.Draft.Texts ?? new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadTextsAsync(id))
        {
            return NotFound();
        }
        Input = TextsInput.From(Edited);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? command)
    {
        if (!await LoadTextsAsync(id))
        {
            return NotFound();
        }
        var (texts, emptied) = Input.Read(Edited.Draft.Texts);
        // Checked here, field by field, so each message stands under its field in the editor's language.
        var problems = emptied.Select(key => new FieldMessage(key, T["Write this text: visitors would see nothing here."]))
            .Concat(texts.SelectMany(t => SiteTextRules.Check(t.Key, t.Value).Select(p => new FieldMessage(t.Key, Message(p)))))
            .ToList();
        if (problems.Count > 0)
        {
            Problems = new ProblemList(T, problems, FieldLabel);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        return await SaveAsync(Input.Version, SiteTextsPage.Content(texts), null, command ?? Save);
    }

    private async Task<bool> LoadTextsAsync(int id)
    {
        if (!await LoadAsync(id, type => type == PageType.Texts))
        {
            return false;
        }
        PageTitle = T.Format("Site texts: {0}", T.SiteName(Site.Key));
        return true;
    }

    /// <summary>The engine's code, worded for the editor beside the field (the CLI's wording names the key and the file instead).</summary>
    private string Message(Problem problem) => problem.Code switch
    {
        ProblemCode.TextMissingPlaceholder => T.Format("Keep {0} in this text: the site puts a value there.", $"{{{problem.Args[1]}}}"),
        ProblemCode.TextExtraPlaceholder => T.Format("Remove {0}: the site puts no value there, so visitors would read it as it is.", $"{{{problem.Args[1]}}}"),
        // Any text's own words: the field already says which text.
        ProblemCode.TextTooLong => ProblemWords.Message(new Problem(ProblemCode.TooLong, [problem.Args[1]]), T.Culture),
        _ => T["Write this text: visitors would see nothing here."],
    };

    protected override void ShowAgain(PageContent content, int version, string? slug) => Input.Version = version;

    /// <summary>A problem's field is the text's key: the summary names it as its label reads, then the key.</summary>
    protected override string FieldLabel(string field) => SiteTextLabels.Text(field) is { } label ? $"{T[label]} ({field})" : field;
}
