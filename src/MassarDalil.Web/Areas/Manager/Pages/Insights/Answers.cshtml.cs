using MassarDalil.Content.Data;
using MassarDalil.Content.Feedback;
using MassarDalil.Web.Areas.Manager.Insights;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Pages.Insights;

/// <summary>The answers visitors found least helpful, with their reasons, so editors know what to rewrite.</summary>
public sealed class AnswersModel(AnswerFeedback feedback, ContentDbContext db) : ManagerPageModel
{
    public const int Shown = 50;

    public IReadOnlyList<AnswerScore> Scores { get; private set; } = [];
    public IReadOnlyDictionary<string, int> FaqPages { get; private set; } = new Dictionary<string, int>();

    /// <summary>Each site's <c>dir</c>, by key, for the questions in that site's language.</summary>
    public IReadOnlyDictionary<string, string> SiteDirs { get; private set; } = new Dictionary<string, string>();
    public InsightLanguage Languages { get; private set; } = new([], null);
    public string? Language => Languages.Chosen;

    public async Task OnGetAsync(string? language)
    {
        PageTitle = T["Least helpful answers"];
        Languages = await InsightLanguage.ReadAsync(db, language, HttpContext.RequestAborted);
        Scores = await feedback.LeastHelpfulAsync(Shown, minimumVotes: 1, Language, HttpContext.RequestAborted);
        FaqPages = await FaqEditors.PageIdsAsync(db, HttpContext.RequestAborted);
        SiteDirs = await db.Sites.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Dir, HttpContext.RequestAborted);
    }
}
