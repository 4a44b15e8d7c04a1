using MassarDalil.Content.Data;
using MassarDalil.Content.Search;
using MassarDalil.Web.Areas.Manager.Insights;

namespace MassarDalil.Web.Areas.Manager.Pages.Insights;

/// <summary>What visitors searched for and did not find over the last 30 days, most frequent first.</summary>
public sealed class SearchesModel(UnansweredSearches unanswered, ContentDbContext db) : ManagerPageModel
{
    public const int Shown = 50;

    public IReadOnlyList<UnansweredQuery> Queries { get; private set; } = [];
    public IReadOnlyDictionary<string, int> FaqPages { get; private set; } = new Dictionary<string, int>();
    public InsightLanguage Languages { get; private set; } = new([], null);
    public string? Language => Languages.Chosen;

    public async Task OnGetAsync(string? language)
    {
        PageTitle = T["Searches that found nothing"];
        Languages = await InsightLanguage.ReadAsync(db, language, HttpContext.RequestAborted);
        Queries = await unanswered.TopAsync(Shown, UnansweredSearches.DefaultDays, Language, HttpContext.RequestAborted);
        FaqPages = await FaqEditors.PageIdsAsync(db, HttpContext.RequestAborted);
    }
}
