using System.Net;
using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

public class ConflictAndRestoreTests
{
    [Fact]
    public async Task SecondSaveOnTheSameVersionIsRefusedShowingBothTextsAndLosingNothing()
    {
        using var app = ManagerAccess.NewApp();
        var first = await app.SignedInAsync();
        var second = await app.EditorAsync();
        var id = await app.PageIdAsync("en");
        var firstForm = await first.GetDocumentAsync($"/manager/faq/{id}");
        var secondForm = await second.GetDocumentAsync($"/manager/faq/{id}");
        const string Theirs = "Their answer: use the official reset page.";
        const string Yours = "Your answer: ask the school's administration.";

        using var saved = await first.SaveFaqAsync(firstForm, "save", new Dictionary<string, string> { [firstForm.FieldOf("forgot-password")] = Theirs });
        using var refused = await second.SaveFaqAsync(secondForm, "publish", new Dictionary<string, string> { [secondForm.FieldOf("forgot-password")] = Yours });
        var conflict = await Html.ParseAsync(await refused.Content.ReadAsStringAsync(), $"http://localhost/manager/faq/{id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var panel = conflict.QuerySelector("#conflict")!;
        Assert.Contains(ManagerAccess.AdminEmail, panel.TextContent);
        Assert.Contains(Theirs, panel.QuerySelector("#diff-forgot-password")!.TextContent);
        Assert.Contains(Yours, panel.QuerySelector("#diff-forgot-password")!.TextContent);
        Assert.Equal(Yours, conflict.QuerySelector($"textarea[name='{conflict.FieldOf("forgot-password")}']")!.TextContent);
        var stored = await app.StoredPageAsync(id);
        Assert.Equal(Theirs, stored.Draft.AllQuestions.Single(q => q.Key == "forgot-password").Answer);
        Assert.Equal(1, stored.PublishedRevision!.Number);

        // Having seen theirs, the second editor saves deliberately: now it is accepted.
        using var resolved = await second.SaveFaqAsync(conflict, "save", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Equal(Yours, (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "forgot-password").Answer);
    }

    [Fact]
    public async Task OnAConflictTheEditorChoosesTheirVersionOfOneQuestionAndKeepsTheirOwnElsewhere()
    {
        using var app = ManagerAccess.NewApp();
        var first = await app.SignedInAsync();
        var second = await app.EditorAsync();
        var id = await app.PageIdAsync("en");
        var firstForm = await first.GetDocumentAsync($"/manager/faq/{id}");
        var secondForm = await second.GetDocumentAsync($"/manager/faq/{id}");
        using var saved = await first.SaveFaqAsync(firstForm, "save", new Dictionary<string, string>
        {
            [firstForm.FieldOf("forgot-password")] = "Theirs, better.",
        });
        using var refused = await second.SaveFaqAsync(secondForm, "save", new Dictionary<string, string>
        {
            [secondForm.FieldOf("forgot-password")] = "Mine, worse.",
            [secondForm.FieldOf("forgot-username")] = "Mine, and only mine.",
        });
        var conflict = await Html.ParseAsync(await refused.Content.ReadAsStringAsync(), $"http://localhost/manager/faq/{id}");
        Assert.Equal(2, conflict.QuerySelectorAll("#conflict input[type='radio'][form='faq-form'][value='theirs']").Length);

        using var resolved = await second.SaveFaqAsync(conflict, "save", new Dictionary<string, string>
        {
            ["Choices[q:forgot-password]"] = "theirs",
            ["Choices[q:forgot-username]"] = "mine",
        });

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var answers = (await app.StoredPageAsync(id)).Draft.AllQuestions.ToDictionary(q => q.Key, q => q.Answer);
        Assert.Equal(("Theirs, better.", "Mine, and only mine."), (answers["forgot-password"], answers["forgot-username"]));
    }

    [Fact]
    public async Task RestoringAnOldRevisionMakesItTheDraftAndPublishingBringsTheOldTextBack()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var visitor = app.CreateVisitor();
        var id = await app.PageIdAsync("ar");
        var original = (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "forgot-password").Answer;
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        using var published = await editor.SaveFaqAsync(form, "publish", new Dictionary<string, string> { [form.FieldOf("forgot-password")] = "نص مؤقت سيُستبدل." });
        Assert.Contains("نص مؤقت سيُستبدل.", await visitor.GetStringAsync("/ar/faq"));

        var revisions = await editor.GetDocumentAsync($"/manager/revisions/{id}");
        Assert.Equal(2, revisions.QuerySelectorAll("tbody tr").Length);
        var diff = await editor.GetDocumentAsync($"/manager/revisions/{id}/1");
        Assert.Contains("نص مؤقت", diff.QuerySelector("#diff-forgot-password")!.TextContent);
        using var restored = await editor.SubmitAsync(diff, "#restore-form");
        Assert.Equal($"/manager/faq/{id}", restored.Location());

        var page = await app.StoredPageAsync(id);
        Assert.Equal(original, page.Draft.AllQuestions.Single(q => q.Key == "forgot-password").Answer);
        Assert.Contains("نص مؤقت سيُستبدل.", await visitor.GetStringAsync("/ar/faq"));

        form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        using var republished = await editor.SaveFaqAsync(form, "publish", new Dictionary<string, string>());
        Assert.DoesNotContain("نص مؤقت سيُستبدل.", await visitor.GetStringAsync("/ar/faq"));
        Assert.Equal(3, (await app.StoredPageAsync(id)).PublishedRevision!.Number);
        var restore = await app.WithDbAsync(db => db.Audit.SingleAsync(a => a.Action == AuditActions.Restore));
        Assert.Equal((ManagerAccess.EditorEmail, "ar/faq"), (restore.Actor, restore.Target));
    }
}
