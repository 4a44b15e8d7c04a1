using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Feedback;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.Scheduling;
using MassarDalil.Content.Search;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Content.Sites;
using MassarDalil.Web.Areas.Manager.Insights;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>
/// The dashboard: every page of every site, its state, what its translation lacks, recent activity,
/// and charts of what visitors read, miss and find unhelpful.
/// </summary>
public sealed class IndexModel(
    ContentDbContext db, DashboardChartBuilder charts, UnansweredSearches unanswered, AnswerFeedback feedback, PublishedContent published,
    PublishingSchedule schedule, SearchIndex search) : ManagerPageModel
{
    public const int ShortList = 5;

    private static readonly string[] ContentActions =
        [AuditActions.Save, AuditActions.Publish, AuditActions.Unpublish, AuditActions.Restore, AuditActions.Import, AuditActions.DatabaseRestore,
         AuditActions.Create, SynonymService.AuditAction,
         AuditActions.Schedule, AuditActions.ScheduleClear, AuditActions.ScheduleSkipped];

    public IReadOnlyList<SiteRow> Sites { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Activity { get; private set; } = [];
    public DashboardCharts Charts { get; private set; } = null!;
    public IReadOnlyList<UnansweredQuery> Unanswered { get; private set; } = [];
    public IReadOnlyList<AnswerScore> LeastHelpful { get; private set; } = [];
    public IReadOnlyDictionary<string, int> FaqPages { get; private set; } = new Dictionary<string, int>();

    /// <summary>Publishes and unpublishes still to come, soonest first.</summary>
    public IReadOnlyList<ScheduledChange> Scheduled { get; private set; } = [];

    /// <summary>Each site's <c>dir</c>, by key, for text shown in that site's language.</summary>
    public IReadOnlyDictionary<string, string> SiteDirs { get; private set; } = new Dictionary<string, string>();

    /// <summary>Published parts visitors see as a placeholder, because the renderer refused their text.</summary>
    public IReadOnlyList<UnrenderedPart> Unrendered { get; private set; } = [];

    /// <summary>Why the public site could not load the latest published content, when it could not.</summary>
    public string? RebuildFailure { get; private set; }

    /// <summary>The languages whose search could not take in the latest published content, with why.</summary>
    public IReadOnlyDictionary<string, Exception> SearchFailures { get; private set; } = new Dictionary<string, Exception>();

    public async Task OnGetAsync()
    {
        PageTitle = T["Dashboard"];
        // What this server shows visitors now; never loaded here, so the dashboard opens even when loading fails.
        Unrendered = published.Current?.Unrendered ?? [];
        RebuildFailure = published.RebuildFailure;
        SearchFailures = search.Failures;
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync();
        var pages = await db.Pages.AsNoTracking().Include(p => p.PublishedRevision)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Slug).ToListAsync();
        Sites = sites.Select(site => new SiteRow(site, pages.Where(p => p.SiteKey == site.Key && !PageType.IsSiteWide(p.Type) && p.TrashedAt == null)
            .Select(page => Row(page, sites.Where(s => s.Key != site.Key).ToList(), pages)).ToList())
        {
            Texts = pages.FirstOrDefault(p => p.SiteKey == site.Key && p.Type == PageType.Texts) is { } texts ? TextsRow(texts) : null,
            Navigation = pages.FirstOrDefault(p => p.SiteKey == site.Key && p.Type == PageType.Navigation) is { } menu ? (menu, State(menu)) : null,
        }).ToList();
        Activity = await db.Audit.AsNoTracking().Where(a => ContentActions.Contains(a.Action))
            .OrderByDescending(a => a.Id).Take(10).ToListAsync();
        var aborted = HttpContext.RequestAborted;
        Charts = await charts.BuildAsync(T, sites, aborted);
        Unanswered = await unanswered.TopAsync(ShortList, cancellationToken: aborted);
        LeastHelpful = await feedback.LeastHelpfulAsync(ShortList, cancellationToken: aborted);
        FaqPages = pages.Where(p => p.Type == PageType.Faq).ToDictionary(p => p.SiteKey, p => p.Id);
        SiteDirs = sites.ToDictionary(s => s.Key, s => s.Dir);
        Scheduled = await schedule.UpcomingAsync(aborted);
    }

    /// <summary>The site's texts: their state, and the keys it has no text for (visitors read the default site's there).</summary>
    private static SiteTextsRow TextsRow(Page page) =>
        new(page, State(page), SiteTextCatalogue.Keys.Select(k => k.Key).Where(k => !page.Draft.Texts.ContainsKey(k)).ToList());

    private static PageState State(Page page) =>
        page.PublishedRevision is null ? PageState.NotPublished
            : page.HasUnpublishedChanges() ? PageState.DraftWaiting
            : PageState.Published;

    private static PageRow Row(Page page, List<Site> otherSites, List<Page> all)
    {
        var state = State(page);
        var gaps = otherSites.Select(other =>
        {
            var twin = all.FirstOrDefault(p => p.SiteKey == other.Key && p.TranslationKey == page.TranslationKey);
            var missing = twin is null ? [] : page.Draft.AllQuestions.Select(q => q.Key)
                .Except(twin.Draft.AllQuestions.Select(q => q.Key)).ToList();
            return new TranslationGap(other, twin, missing);
        }).Where(g => g.Twin is null || g.MissingQuestions.Count > 0).ToList();
        return new PageRow(page, state, gaps);
    }
}

public sealed record SiteRow(Site Site, IReadOnlyList<PageRow> Pages)
{
    /// <summary>The site's texts page; null for a site imported without a texts.yml.</summary>
    public SiteTextsRow? Texts { get; init; }

    /// <summary>The site's navigation page and its state; null for a site imported without a navigation.yml.</summary>
    public (Page Page, PageState State)? Navigation { get; init; }
}

/// <param name="Missing">Catalogue keys this site has no text for: a translation gap.</param>
public sealed record SiteTextsRow(Page Page, PageState State, IReadOnlyList<string> Missing);

public sealed record PageRow(Page Page, PageState State, IReadOnlyList<TranslationGap> Gaps);

/// <param name="Twin">The same page in <paramref name="Site"/>, or null when it has none.</param>
/// <param name="MissingQuestions">Keys of questions this page has and the twin lacks.</param>
public sealed record TranslationGap(Site Site, Page? Twin, IReadOnlyList<string> MissingQuestions);

public enum PageState
{
    Published,
    DraftWaiting,
    NotPublished,
}
