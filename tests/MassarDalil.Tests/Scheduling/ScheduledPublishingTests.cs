using System.Net;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Scheduling;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Scheduling;

/// <summary>
/// "Publish at" and "unpublish at": an editor sets the times on the page's Schedule page in Morocco's time, and the
/// site carries them out on time by itself, through the same publish as a manual one (revision, audit, webhook event).
/// </summary>
public class ScheduledPublishingTests
{
    // 10:00 UTC is 11:00 in Casablanca (UTC+1 outside Ramadan).
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    private static MassarApp NewApp(ManualClock clock, string pollInterval = "01:00:00") => ManagerAccess.NewApp(
        new Dictionary<string, string?> { ["Schedules:PollInterval"] = pollInterval },
        services => services.AddSingleton<TimeProvider>(clock));

    private static async Task<HttpResponseMessage> ScheduleAsync(HttpClient editor, int pageId, string publishAt, string unpublishAt = "")
    {
        var page = await editor.GetDocumentAsync(ManagerLinksFor(pageId));
        return await editor.SubmitAsync(page, "#schedule-form", new Dictionary<string, string>
        {
            ["Input.PublishAt"] = publishAt, ["Input.UnpublishAt"] = unpublishAt,
        });
    }

    private static string ManagerLinksFor(int pageId) => $"/manager/schedule/{pageId}";

    private static async Task<int> RunDueAsync(MassarApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublishingSchedule>().RunDueAsync();
    }

    private static async Task<string> PublicTitleAsync(MassarApp app, string path)
    {
        using var response = await app.CreateVisitor().GetAsync(path);
        return response.StatusCode == HttpStatusCode.OK
            ? (await Html.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("h1")!.TextContent.Trim()
            : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task AnEditedGuideScheduledForResultsDayIsPublishedOnTimeWithItsRevisionAuditAndEvent()
    {
        var clock = new ManualClock(Start);
        using var app = NewApp(clock);
        var editor = (await app.EditorAsync()).InEnglish();
        var guide = await editor.CreateAndPublishGuideAsync("en", "results-day", "Results are coming");
        await editor.SaveGuideAsync(guide, new Dictionary<string, string> { ["Input.Title"] = "Results are out", ["command"] = "save" });

        using var saved = await ScheduleAsync(editor, guide, "2026-12-04T12:30");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var due = await app.WithDbAsync(db => db.ScheduledChanges.AsNoTracking().SingleAsync());
        Assert.Equal((ScheduledActions.Publish, new DateTimeOffset(2026, 12, 4, 11, 30, 0, TimeSpan.Zero)), (due.Action, due.DueAt.ToUniversalTime()));
        var editorPage = await editor.GetDocumentAsync(saved.Location()!);
        Assert.Equal("Publishes on \u20662026-12-04 12:30\u2069 (\u2066Africa/Casablanca\u2069 time)", editorPage.QuerySelector("#scheduled-publish")!.TextContent);
        var dashboard = await editor.GetDocumentAsync("/manager");
        Assert.Contains("Results are out", dashboard.QuerySelector("#scheduled")!.TextContent, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(89));
        Assert.Equal(0, await RunDueAsync(app));
        Assert.Equal("Results are coming", await PublicTitleAsync(app, "/en/results-day"));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await RunDueAsync(app));

        Assert.Equal("Results are out", await PublicTitleAsync(app, "/en/results-day"));
        var revision = await app.WithDbAsync(db => db.Revisions.AsNoTracking().Where(r => r.PageId == guide).OrderByDescending(r => r.Number).FirstAsync());
        Assert.Equal((2, ManagerAccess.EditorEmail + PublishingSchedule.ScheduledSuffix, clock.GetUtcNow()), (revision.Number, revision.Author, revision.CreatedAt));
        var published = await app.WithDbAsync(db => db.ContentEvents.AsNoTracking().Where(e => e.Type == "page.published" && e.Revision == 2).SingleAsync());
        Assert.Equal("Results are out", published.Title);
        var audit = await app.WithDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Target == "en/results-day" && (a.Action == AuditActions.Publish || a.Action == AuditActions.Schedule))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Publish, AuditActions.Schedule, AuditActions.Publish], audit);
        Assert.False(await app.WithDbAsync(db => db.ScheduledChanges.AnyAsync()));
        Assert.Null((await editor.GetDocumentAsync("/manager")).QuerySelector("#scheduled"));
        Assert.Equal(0, await RunDueAsync(app));
    }

    [Theory]
    [InlineData("en", "Publish at (\u2066Africa/Casablanca\u2069 time)", "Will be published on \u20662026-12-04 12:30\u2069 (\u2066Africa/Casablanca\u2069 time)")]
    [InlineData("ar", "النشر في (بتوقيت \u2066Africa/Casablanca\u2069)", "ستُنشر في \u20662026-12-04 12:30\u2069 (بتوقيت \u2066Africa/Casablanca\u2069)")]
    public async Task TheScheduleNamesTheTimeZoneBesideEachFieldAndInItsList(string language, string label, string listed)
    {
        var clock = new ManualClock(Start);
        using var app = NewApp(clock);
        var editor = (await app.EditorAsync()).In(language);
        var guide = await editor.CreateAndPublishGuideAsync("en", "results-day", "Results are coming");

        using var saved = await ScheduleAsync(editor, guide, "2026-12-04T12:30");
        var page = await editor.GetDocumentAsync(ManagerLinksFor(guide));

        Assert.Equal(label, page.QuerySelector("label[for='f-publishat']")!.TextContent);
        Assert.Contains("Africa/Casablanca", page.QuerySelector("label[for='f-unpublishat']")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(listed, page.QuerySelector(".notice[role='status']")!.TextContent, StringComparison.Ordinal);
        var dashboard = await editor.GetDocumentAsync("/manager");
        Assert.Contains("Africa/Casablanca", dashboard.QuerySelector("#scheduled .state.scheduled")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGuideScheduledToComeOffTheSiteAnswersNotFoundOnceItsTimeHasComeAndKeepsItsDraft()
    {
        var clock = new ManualClock(Start);
        using var app = NewApp(clock);
        var editor = (await app.EditorAsync()).InEnglish();
        var guide = await editor.CreateAndPublishGuideAsync("en", "enrolment-week", "Enrolment week");

        using var saved = await ScheduleAsync(editor, guide, "", "2026-12-05T00:00");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        clock.Advance(TimeSpan.FromHours(13));
        Assert.Equal(1, await RunDueAsync(app));
        Assert.Equal("404", await PublicTitleAsync(app, "/en/enrolment-week"));
        var page = await app.StoredPageAsync(guide);
        Assert.Equal(("Enrolment week", (int?)null), (page.Draft.Title, page.PublishedRevisionId));
        Assert.Equal(1, await app.WithDbAsync(db => db.ContentEvents.CountAsync(e => e.Type == "page.unpublished")));
    }

    [Fact]
    public async Task TheSiteCarriesOutADueChangeByItselfWithoutAnyoneAsking()
    {
        var clock = new ManualClock(Start);
        using var app = NewApp(clock, pollInterval: "00:00:01");
        var editor = (await app.EditorAsync()).InEnglish();
        var guide = await editor.CreateAndPublishGuideAsync("en", "orientation-day", "Orientation");
        await editor.SaveGuideAsync(guide, new Dictionary<string, string> { ["Input.Title"] = "Orientation results", ["command"] = "save" });
        using var saved = await ScheduleAsync(editor, guide, "2026-12-04T11:05");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10) + Eventually.Slack,
            async () => await PublicTitleAsync(app, "/en/orientation-day") == "Orientation results"));
    }

    [Fact]
    public async Task TwoServersLookingAtOnceCarryOutADueChangeOnce()
    {
        var clock = new ManualClock(Start);
        using var app = NewApp(clock);
        var editor = (await app.EditorAsync()).InEnglish();
        var guide = await editor.CreateAndPublishGuideAsync("en", "shared-day", "Shared");
        await editor.SaveGuideAsync(guide, new Dictionary<string, string> { ["Input.Title"] = "Shared, changed", ["command"] = "save" });
        using var saved = await ScheduleAsync(editor, guide, "2026-12-04T11:01");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        clock.Advance(TimeSpan.FromMinutes(2));

        var done = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunDueAsync(app))));

        Assert.Equal(1, done.Sum());
        Assert.Equal(2, await app.WithDbAsync(db => db.Revisions.CountAsync(r => r.PageId == guide)));
    }

    public static TheoryData<string, string, string> BadTimes => new()
    {
        { "2026-12-04T10:59", "", "Choose a time in the future." },
        { "2025-01-01T08:00", "", "Choose a time in the future." },
        { "tomorrow", "", "Write the date and time as year-month-day and hours:minutes." },
        { "2026-02-30T10:00", "", "Write the date and time as year-month-day and hours:minutes." },
        { "2026-13-01T10:00", "", "Write the date and time as year-month-day and hours:minutes." },
        { "05/12/2026 10:00", "", "Write the date and time as year-month-day and hours:minutes." },
        { "2026-12-05T25:00", "", "Write the date and time as year-month-day and hours:minutes." },
        { "", "2026-12-04T10:00", "Choose a time in the future." },
        { "2026-12-06T09:00", "2026-12-06T09:00", "Choose an unpublish time after the publish time." },
        { "2026-12-06T09:00", "2026-12-05T09:00", "Choose an unpublish time after the publish time." },
        { "", "soon", "Write the date and time as year-month-day and hours:minutes." },
    };

    [Theory]
    [MemberData(nameof(BadTimes))]
    public async Task ARefusedTimeGetsAFieldMessageKeepsWhatWasTypedAndStoresNothing(string publishAt, string unpublishAt, string message)
    {
        var clock = new ManualClock(Start);
        using var app = NewApp(clock);
        var editor = (await app.EditorAsync()).InEnglish();
        var guide = await editor.CreateAndPublishGuideAsync("en", "some-guide");

        using var refused = await ScheduleAsync(editor, guide, publishAt, unpublishAt);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await Html.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal(message, shown.QuerySelector(".field.invalid .field-error")!.TextContent);
        Assert.Equal(publishAt, shown.QuerySelector("#f-publishat")!.GetAttribute("value") ?? "");
        Assert.Equal(unpublishAt, shown.QuerySelector("#f-unpublishat")!.GetAttribute("value") ?? "");
        Assert.False(await app.WithDbAsync(db => db.ScheduledChanges.AnyAsync()));
        Assert.False(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == AuditActions.Schedule)));
    }

    [Fact]
    public async Task ATimeTheClocksSkipInMoroccoIsRefusedRatherThanGuessed()
    {
        // The next hour Morocco's clocks jump forward (after Ramadan): the half hour inside it never shows on a clock there.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");
        var at = Start;
        while (zone.GetUtcOffset(at.AddHours(1)) <= zone.GetUtcOffset(at))
        {
            at = at.AddHours(1);
            Assert.True(at.Year < 2030, "no clock change in Morocco's zone before 2030 on this machine");
        }
        var local = at.AddHours(1).UtcDateTime + zone.GetUtcOffset(at) + TimeSpan.FromMinutes(30);
        var clock = new ManualClock(Start);
        using var app = NewApp(clock);
        var editor = (await app.EditorAsync()).InEnglish();
        var guide = await editor.CreateAndPublishGuideAsync("en", "ramadan-hours");

        using var refused = await ScheduleAsync(editor, guide, local.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await Html.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal("This time does not exist there: the clocks skip it. Choose another.", shown.QuerySelector(".field-error")!.TextContent);
    }

    [Fact]
    public async Task TheHomePageCanBeScheduledToPublishButOffersNoUnpublishTime()
    {
        var clock = new ManualClock(Start);
        using var app = NewApp(clock);
        var editor = (await app.EditorAsync()).InEnglish();
        var home = await app.PageIdAsync("en", "home");

        var page = await editor.GetDocumentAsync(ManagerLinksFor(home));

        Assert.NotNull(page.QuerySelector("#f-publishat"));
        Assert.Null(page.QuerySelector("#f-unpublishat"));
        using var sent = await editor.SubmitAsync(page, "#schedule-form", new Dictionary<string, string> { ["Input.UnpublishAt"] = "2026-12-24T10:00" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sent.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ScheduledChanges.AnyAsync()));
    }

    [Fact]
    public async Task ClearingBothTimesCancelsTheScheduleAndTheAuditSaysSo()
    {
        var clock = new ManualClock(Start);
        using var app = NewApp(clock);
        var editor = (await app.EditorAsync()).InEnglish();
        var guide = await editor.CreateAndPublishGuideAsync("en", "cancelled-day");
        using var set = await ScheduleAsync(editor, guide, "2026-12-10T09:00", "2026-12-11T09:00");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var form = await editor.GetDocumentAsync(ManagerLinksFor(guide));
        Assert.Equal(("2026-12-10T09:00", "2026-12-11T09:00"),
            (form.QuerySelector("#f-publishat")!.GetAttribute("value"), form.QuerySelector("#f-unpublishat")!.GetAttribute("value")));

        using var cleared = await ScheduleAsync(editor, guide, "", "");

        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ScheduledChanges.AnyAsync()));
        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await RunDueAsync(app));
        var audit = await (await app.SignedInAsync()).InEnglish().GetDocumentAsync("/manager/audit");
        Assert.Contains("cancelled a scheduled change", audit.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("the scheduled unpublish", audit.Body!.TextContent, StringComparison.Ordinal);
    }
}
