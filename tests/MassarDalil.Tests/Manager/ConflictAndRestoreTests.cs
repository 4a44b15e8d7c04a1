using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

/// <summary>Restoring revisions; concurrent saves are in <see cref="ConcurrentEditTests"/>.</summary>
public class ConflictAndRestoreTests
{
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
