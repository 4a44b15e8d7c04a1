using System.Net;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;
using MassarDalil.Tests.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Operations;

public class DatabaseFaultTests
{
    private const string TypedAnswer = "نص كتبه المحرر أثناء تعطل القرص، ويجب ألا يضيع.";

    [Fact]
    public async Task WithTheDatabaseLostVisitorsStillReadAndSearchAndTheManagerSaysNothingWasSaved()
    {
        var faults = new DatabaseFaultSwitch();
        var logs = new CapturedLogs();
        using var app = new MassarApp(ManagerSettings(), services: services =>
        {
            faults.Install(services);
            services.AddSingleton<ILoggerProvider>(logs);
        });
        var visitor = app.CreateVisitor();
        visitor.DefaultRequestHeaders.Add("Origin", "http://localhost"); // as browsers send with a form post
        var admin = await app.SignedInAsync();
        var english = await app.SignedInAsync();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var faqForm = await visitor.GetDocumentAsync("/en/faq");
        await visitor.GetStringAsync("/ar/faq");
        await visitor.GetStringAsync("/en/search?q=password"); // the index is built

        faults.Mode = DatabaseFaultMode.Lost;

        using var faq = await visitor.GetAsync("/ar/faq");
        using var question = await visitor.GetAsync("/ar/faq/forgot-password");
        using var englishQuestion = await visitor.GetAsync("/en/faq/pass-mark");
        using var search = await visitor.GetAsync("/ar/search?q=" + Uri.EscapeDataString("كلمة المرور"));
        using var unanswered = await visitor.GetAsync("/en/search?q=zzzqqqxx");
        using var api = await visitor.GetAsync("/api/v1/en/search?q=password");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (faq.StatusCode, question.StatusCode, englishQuestion.StatusCode));
        Assert.Contains("نسيت كلمة المرور", await faq.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("moutamadris.men.gov.ma", await question.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (search.StatusCode, unanswered.StatusCode, api.StatusCode));
        Assert.Contains("forgot-password", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var vote = await visitor.SubmitAsync(faqForm, "#feedback-forgot-password form", new Dictionary<string, string> { ["helpful"] = "yes" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, vote.StatusCode);
        Assert.Equal("Your feedback could not be recorded. Please try again later.", await vote.Content.ReadAsStringAsync());

        using var dashboard = await english.GetAsync("/manager");
        var page = await Html.ParseAsync(await dashboard.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, dashboard.StatusCode);
        Assert.Equal("The database cannot be reached", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Nothing was changed", page.QuerySelector("#database-fault")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page.Source.Text, StringComparison.Ordinal);
        Assert.True(dashboard.Headers.CacheControl!.NoStore);

        using var arabic = await admin.GetAsync("/manager/webhooks");
        var arabicPage = await Html.ParseAsync(await arabic.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, arabic.StatusCode);
        Assert.Equal(("ar", "rtl"), (arabicPage.DocumentElement.GetAttribute("lang"), arabicPage.DocumentElement.GetAttribute("dir")));
        Assert.Equal("تعذّر الوصول إلى قاعدة البيانات", arabicPage.QuerySelector("h1")!.TextContent);

        using var posted = await english.PostAsync("/manager/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.StatusCode);
        Assert.Contains("Your work was not saved", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The background work that polls the database (content watcher, webhook sender) keeps failing meanwhile, and
        // must not stop the site: each says so and tries again. A failure that escaped would end it, or the host.
        // The sender logs each failed round; the watcher logs a lasting failure once, and once more when it recovers.
        const string watcher = "MassarDalil.Web.PublicSite.ContentChangeWatcher", sender = "MassarDalil.Web.Webhooks.WebhookDispatcher";
        int Logged(string category, LogLevel level) => logs.Entries.Count(l => l.Category == category && l.Level == level);
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10), () => Task.FromResult(stopping.IsCancellationRequested
            || (Logged(watcher, LogLevel.Warning) >= 1 && Logged(sender, LogLevel.Warning) >= 2))), "a poller stopped trying");
        Assert.False(stopping.IsCancellationRequested, "the host stopped");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/ar/faq")).StatusCode);

        faults.Mode = DatabaseFaultMode.None;
        Assert.Equal(HttpStatusCode.OK, (await english.GetAsync("/manager")).StatusCode);
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10), () => Task.FromResult(Logged(watcher, LogLevel.Information) >= 1)),
            "the content watcher did not check again once the database was back");
    }

    [Theory]
    [InlineData(DatabaseFaultMode.Full)]
    [InlineData(DatabaseFaultMode.ReadOnly)]
    public async Task PublishingWhenTheDiskCannotBeWrittenKeepsTheTextAndPublishesNothing(DatabaseFaultMode mode)
    {
        var faults = new DatabaseFaultSwitch();
        using var app = new MassarApp(ManagerSettings(), services: faults.Install);
        var editor = await app.EditorAsync();
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var visitor = app.CreateVisitor();
        var id = await app.PageIdAsync("ar");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        var field = form.FieldOf("forgot-password");
        var before = await StateAsync(app, id);

        faults.Mode = mode;
        using var response = await editor.SaveFaqAsync(form, "publish", new Dictionary<string, string> { [field] = TypedAnswer });
        var shown = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!.ToString());
        faults.Mode = DatabaseFaultMode.None;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Your work was not saved", shown.QuerySelector("#storage-failure")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(TypedAnswer, shown.QuerySelector($"textarea[name='{field}']")!.TextContent.Trim());
        Assert.Equal(before, await StateAsync(app, id));
        Assert.DoesNotContain(TypedAnswer, await visitor.GetStringAsync("/ar/faq"), StringComparison.Ordinal);

        // The form shown again is still good: once the disk is fixed, sending it publishes the text.
        using var retried = await editor.SaveFaqAsync(shown, "publish", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Contains(TypedAnswer, (await app.StoredPageAsync(id)).PublishedRevision!.Content.AllQuestions.Single(q => q.Key == "forgot-password").Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavingADraftOnAReadOnlyDatabaseKeepsTheTextAndChangesNothing()
    {
        var faults = new DatabaseFaultSwitch();
        using var app = new MassarApp(ManagerSettings(), services: faults.Install);
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("ar");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        var field = form.FieldOf("forgot-password");
        var before = await StateAsync(app, id);

        faults.Mode = DatabaseFaultMode.ReadOnly;
        using var response = await editor.SaveFaqAsync(form, "save", new Dictionary<string, string> { [field] = TypedAnswer });
        var shown = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        faults.Mode = DatabaseFaultMode.None;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("ar", shown.DocumentElement.GetAttribute("lang"));
        Assert.Contains("لم يُحفظ عملك", shown.QuerySelector("#storage-failure")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(TypedAnswer, shown.QuerySelector($"textarea[name='{field}']")!.TextContent.Trim());
        Assert.Equal(["forgot-password"], shown.QuerySelectorAll("details.question-editor[open]").Select(d => d.GetAttribute("data-key")));
        Assert.Equal(before, await StateAsync(app, id));
    }

    [Fact]
    public async Task AFaultAfterTheDraftIsSavedSaysSoAndLeavesThePublishedVersionAlone()
    {
        var faults = new DatabaseFaultSwitch();
        using var app = new MassarApp(ManagerSettings(), services: faults.Install);
        var editor = await app.EditorAsync();
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var id = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        var field = form.FieldOf("forgot-password");
        var revisions = await app.WithDbAsync(db => db.Revisions.CountAsync());
        // FailFromWrite counts every commit; the dispatcher's first round, on a loaded machine, could land inside the request.
        await app.WaitForSeedEventsSentAsync();
        faults.FailFromWrite = 2; // the draft's save goes through; the publish after it does not

        using var response = await editor.SaveFaqAsync(form, "publish", new Dictionary<string, string> { [field] = "Saved but not published." });
        var shown = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!.ToString());
        faults.FailFromWrite = null;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Your draft was saved, but it was not published", shown.QuerySelector("#storage-failure")!.TextContent, StringComparison.Ordinal);
        var page = await app.StoredPageAsync(id);
        Assert.Equal("Saved but not published.", page.Draft.AllQuestions.Single(q => q.Key == "forgot-password").Answer);
        Assert.Equal(1, page.PublishedRevision!.Number);
        Assert.Equal(revisions, await app.WithDbAsync(db => db.Revisions.CountAsync()));
        using var retried = await editor.SaveFaqAsync(shown, "publish", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(2, (await app.StoredPageAsync(id)).PublishedRevision!.Number);
    }

    [Fact]
    public async Task OnTheQuestionPageAFaultAfterTheSaveOrAReadOnlySaveShowsTheFormWithTheTypedAnswer()
    {
        var faults = new DatabaseFaultSwitch();
        using var app = new MassarApp(ManagerSettings(), services: faults.Install);
        var editor = await app.EditorAsync();
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var id = await app.PageIdAsync("en");
        var address = $"/manager/faq/{id}/question/forgot-password";
        var form = await editor.GetDocumentAsync(address);

        // FailFromWrite counts every commit; the dispatcher's first round, on a loaded machine, could land inside the request.
        await app.WaitForSeedEventsSentAsync();
        faults.FailFromWrite = 2; // the question's save goes through; the publish after it does not
        using var published = await editor.SubmitAsync(form, "#question-form", new Dictionary<string, string> { ["Input.Answer"] = "Saved but not published.", ["command"] = "publish" });
        var afterPublish = await Html.ParseAsync(await published.Content.ReadAsStringAsync(), $"http://localhost{address}");
        faults.FailFromWrite = null;
        faults.Mode = DatabaseFaultMode.ReadOnly;
        using var refused = await editor.SubmitAsync(afterPublish, "#question-form", new Dictionary<string, string> { ["Input.Answer"] = "Not saved at all.", ["command"] = "save" });
        var afterRefusal = await Html.ParseAsync(await refused.Content.ReadAsStringAsync(), $"http://localhost{address}");
        faults.Mode = DatabaseFaultMode.None;

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (published.StatusCode, refused.StatusCode));
        Assert.Contains("Your draft was saved, but it was not published", afterPublish.QuerySelector("#storage-failure")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Your work was not saved", afterRefusal.QuerySelector("#storage-failure")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(("Saved but not published.", "Not saved at all."),
            (afterPublish.QuerySelector("#question-form [name='Input.Answer']")!.TextContent.Trim(), afterRefusal.QuerySelector("#question-form [name='Input.Answer']")!.TextContent.Trim()));
        // The topic list is the page's, read again to show the form.
        Assert.True(afterRefusal.QuerySelectorAll("#question-form select[name='Input.Topic'] option").Length > 1);
        var page = await app.StoredPageAsync(id);
        Assert.Equal("Saved but not published.", page.Draft.AllQuestions.Single(q => q.Key == "forgot-password").Answer);
        Assert.Equal(1, page.PublishedRevision!.Number);
    }

    private static Dictionary<string, string?> ManagerSettings() => new()
    {
        ["Admin:Email"] = ManagerAccess.AdminEmail,
        ["Admin:Password"] = ManagerAccess.AdminPassword,
        ["Webhooks:PollInterval"] = "00:00:00.100",
    };

    /// <summary>What a half-done publish would change: the draft, the revisions, the page pointer, the content version, the outbox, the audit.</summary>
    private static Task<string> StateAsync(MassarApp app, int pageId) => app.WithDbAsync(async db =>
    {
        var page = await db.Pages.AsNoTracking().SingleAsync(p => p.Id == pageId);
        return string.Join("|",
            page.DraftVersion, System.Text.Json.JsonSerializer.Serialize(page.Draft), page.PublishedRevisionId,
            await db.Revisions.CountAsync(), await db.ContentState.Select(s => s.Version).SingleAsync(),
            await db.ContentEvents.CountAsync(), await db.Audit.CountAsync());
    });
}
