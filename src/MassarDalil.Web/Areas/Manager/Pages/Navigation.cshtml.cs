using MassarDalil.Content.Data;
using MassarDalil.Content.Markdown;
using MassarDalil.Content.Navigation;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Problems;
using MassarDalil.Content.Publishing;
using MassarDalil.Web.Areas.Manager.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>
/// A site's header and footer menus and its home page's groups of guides. Saved, previewed, published, merged and
/// restored like any page: they are its navigation page, whose body is its <c>navigation.yml</c>.
/// </summary>
public sealed class NavigationModel(ContentDbContext db, PageEditor editor, MarkdownRenderer markdown) : EditorPageModel(db, editor, markdown)
{
    public override string FormId => "navigation-form";

    [BindProperty]
    public NavigationInput Input { get; set; } = new();

    /// <summary>The site's pages an entry may lead to (its texts and navigation are no pages), in the dashboard's order.</summary>
    public IReadOnlyList<Page> Pages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadNavigationAsync(id))
        {
            return NotFound();
        }
        Input = NavigationInput.From(NavigationFile.Read(Edited.Draft.Body), Edited.DraftVersion);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? command)
    {
        if (!await LoadNavigationAsync(id))
        {
            return NotFound();
        }
        if (Input.Apply(command))
        {
            Unsaved = true;
            return Page();
        }
        var menu = Input.ToMenu();
        var problems = NavigationRules.Check(menu, Pages.Select(p => p.TranslationKey).ToHashSet(StringComparer.Ordinal));
        if (problems.Count > 0)
        {
            Problems = new ProblemList(T, [.. problems.Select(Worded)], FieldLabel);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        return await SaveAsync(Input.Version, NavigationPage.Content(menu), null, command ?? Save);
    }

    private async Task<bool> LoadNavigationAsync(int id)
    {
        if (!await LoadAsync(id, type => type == PageType.Navigation))
        {
            return false;
        }
        PageTitle = T.Format("Navigation: {0}", T.SiteName(Site.Key));
        Pages = await Db.Pages.AsNoTracking().Where(p => p.SiteKey == Site.Key && p.Type != PageType.Texts && p.Type != PageType.Navigation && p.TrashedAt == null)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Slug).ToListAsync();
        return true;
    }

    /// <summary>
    /// The engine's words, but for an entry listed twice: the form has no lines, so the entry that has it first is named by
    /// its place in the list, and a page by its title as the list of pages shows it, not by its key.
    /// </summary>
    private FieldMessage Worded(Problem problem) => new(problem.Field, problem.Code != ProblemCode.NavigationItemTwice
        ? ProblemWords.Message(problem, T.Culture)
        : T.Format(problem.Field.StartsWith(NavigationInput.GroupList, StringComparison.Ordinal)
            ? "“{0}” is already in entry {1} of the home page groups: a guide belongs to one group."
            : "“{0}” is already entry {1} of this list: list each page or link once.",
            Pages.FirstOrDefault(p => p.TranslationKey == problem.Args[0])?.Draft.Title ?? problem.Args[0], problem.Args[2]));

    protected override void ShowAgain(PageContent content, int version, string? slug) =>
        Input = NavigationInput.From(NavigationFile.Read(content.Body), version);

    /// <summary><c>Header[1].Link</c> reads "Header, entry 2: Link" in the summary.</summary>
    protected override string FieldLabel(string field)
    {
        if (!field.Contains('[', StringComparison.Ordinal))
        {
            return ProblemList.FieldName(T, field);
        }
        var list = field[..field.IndexOf('[', StringComparison.Ordinal)];
        var place = int.Parse(field[(list.Length + 1)..field.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture) + 1;
        var listName = list switch { NavigationInput.HeaderList => T["Header"], NavigationInput.FooterList => T["Footer"], _ => T["Home page groups"] };
        return T.Format("{0}, entry {1}: {2}", listName, place, ProblemList.FieldName(T, field));
    }
}
