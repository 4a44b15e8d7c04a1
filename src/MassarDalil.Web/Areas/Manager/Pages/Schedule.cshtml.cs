using System.Globalization;
using MassarDalil.Content.Data;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Scheduling;
using MassarDalil.Web.Problems;
using MassarDalil.Web.Scheduling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>
/// When a page goes on and off the site by itself: the editor writes the times in the site's time zone (Morocco's
/// by default), as a results day is announced; the page shows them again in the editor's own zone.
/// </summary>
public sealed class ScheduleModel(ContentDbContext db, PublishingSchedule schedule, ProblemWords words, IOptions<ScheduleOptions> options) : ManagerPageModel
{
    /// <summary>How a <c>datetime-local</c> field writes a time.</summary>
    public const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    public const string BadTime = "Write the date and time as year-month-day and hours:minutes.";
    public const string SkippedTime = "This time does not exist there: the clocks skip it. Choose another.";

    public Page Edited { get; private set; } = null!;
    public IReadOnlyList<ScheduledChange> Current { get; private set; } = [];
    public ProblemList Problems { get; private set; } = null!;
    public TimeZoneInfo SiteZone => options.Value.Zone;
    public string SiteZoneId => options.Value.TimeZone;

    /// <summary>What the editor typed, kept as typed when it is refused.</summary>
    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public ScheduledChange? For(string action) => Current.FirstOrDefault(c => c.Action == action);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = new ScheduleInput { PublishAt = Local(For(ScheduledActions.Publish)), UnpublishAt = Local(For(ScheduledActions.Unpublish)) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var problems = new List<FieldMessage>();
        var publishAt = Parse(Input.PublishAt, nameof(ScheduleInput.PublishAt), problems);
        var unpublishAt = Parse(Input.UnpublishAt, nameof(ScheduleInput.UnpublishAt), problems);
        if (problems.Count == 0)
        {
            var result = await schedule.SetAsync(id, publishAt, unpublishAt, Actor, HttpContext.RequestAborted);
            if (result.Saved)
            {
                return RedirectWithFlash(ManagerLinks.Edit(id, Edited.Type),
                    publishAt is null && unpublishAt is null ? "No change is scheduled for this page." : "Schedule saved.");
            }
            problems.AddRange(ProblemList.Of(T, words, result.Problems).Problems);
        }
        Problems = new ProblemList(T, problems, field => T[field == nameof(ScheduleInput.PublishAt) ? "Publish at" : "Unpublish at"]);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        PageTitle = T["Schedule"];
        Problems = ProblemList.None(T);
        if (await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted) is not { } page)
        {
            return false;
        }
        Edited = page;
        Current = await schedule.ForPageAsync(id, HttpContext.RequestAborted);
        return true;
    }

    private string Local(ScheduledChange? change) =>
        change is null ? "" : TimeZoneInfo.ConvertTime(change.DueAt, SiteZone).ToString(LocalFormat, CultureInfo.InvariantCulture);

    /// <summary>A time as the field writes it, in the site's zone; null for an empty field.</summary>
    private DateTimeOffset? Parse(string? typed, string field, List<FieldMessage> problems)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        // Browsers send minutes; some send seconds too (and a typed time may have them).
        if (!DateTime.TryParseExact(typed.Trim(), [LocalFormat, LocalFormat + ":ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            problems.Add(new FieldMessage(field, T[BadTime]));
            return null;
        }
        if (ZonedTime.ToInstant(local, SiteZone) is not { } instant)
        {
            problems.Add(new FieldMessage(field, T[SkippedTime]));
            return null;
        }
        return instant;
    }
}

public sealed class ScheduleInput
{
    public string? PublishAt { get; set; }
    public string? UnpublishAt { get; set; }
}
