using System.Net;
using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

public class PublishWorkflowTests
{
    private const string NewAnswer = "جواب جديد تجريبي: افتح صفحة الدخول ثم اضغط على «نسيت كلمة المرور».";

    [Fact]
    public async Task SavedDraftIsInvisibleToVisitorsUntilPublishedThenVisibleAtOnce()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var visitor = app.CreateVisitor();
        var id = await app.PageIdAsync("ar");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        var before = await app.WithDbAsync(db => db.ContentState.Select(s => s.Version).SingleAsync());

        using var saved = await editor.SaveFaqAsync(form, "save", new Dictionary<string, string> { [form.FieldOf("forgot-password")] = NewAnswer });

        Assert.Equal($"/manager/faq/{id}", saved.Location());
        Assert.DoesNotContain(NewAnswer, await visitor.GetStringAsync("/ar/faq"));
        var draft = await app.StoredPageAsync(id);
        Assert.Equal(NewAnswer, draft.Draft.AllQuestions.Single(q => q.Key == "forgot-password").Answer);
        Assert.Equal(1, draft.PublishedRevision!.Number);

        form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        using var published = await editor.SaveFaqAsync(form, "publish", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains(NewAnswer, await visitor.GetStringAsync("/ar/faq"));
        var page = await app.StoredPageAsync(id);
        Assert.Equal(2, page.PublishedRevision!.Number);
        Assert.Equal(ManagerAccess.EditorEmail, page.PublishedRevision.Author);
        Assert.InRange(DateTimeOffset.UtcNow - page.PublishedRevision.CreatedAt, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.True(await app.WithDbAsync(db => db.ContentState.Select(s => s.Version).SingleAsync()) > before);
        var actions = await app.WithDbAsync(db => db.Audit.Where(a => a.Actor == ManagerAccess.EditorEmail && a.Target == "ar/faq").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Save, AuditActions.Publish], actions);
    }

    [Fact]
    public async Task PreviewShowsTheDraftThroughThePublicTemplatesAndIsNeitherCachedNorIndexed()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("ar");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");

        using var saved = await editor.SaveFaqAsync(form, "preview", new Dictionary<string, string> { [form.FieldOf("forgot-password")] = NewAnswer });
        Assert.Equal($"/manager/preview/{id}", saved.Location());
        using var response = await editor.GetAsync(saved.Location());
        var preview = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
        Assert.Equal(("ar", "rtl"), (preview.DocumentElement.GetAttribute("lang"), preview.DocumentElement.GetAttribute("dir")));
        Assert.Contains("جواب جديد تجريبي", preview.QuerySelector("details#forgot-password .answer")!.TextContent);
        Assert.Equal(34, preview.QuerySelectorAll("details.question").Length);
        Assert.DoesNotContain(NewAnswer, await app.CreateVisitor().GetStringAsync("/ar/faq"));
    }

    [Fact]
    public async Task UnpublishedFaqGivesVisitorsNotFound()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");

        using var response = await editor.SubmitAsync(form, "#unpublish-form");
        using var visitor = await app.CreateVisitor().GetAsync("/en/faq");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, visitor.StatusCode);
        Assert.Null((await app.StoredPageAsync(id)).PublishedRevisionId);
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == AuditActions.Unpublish && a.Target == "en/faq")));
    }

    [Fact]
    public async Task ValidationErrorKeepsEverythingTypedAndStoresNothing()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        var before = await app.StoredPageAsync(id);

        using var response = await editor.SaveFaqAsync(form, "save", new Dictionary<string, string>
        {
            [form.FieldOf("forgot-password", "Question")] = "",
            [form.FieldOf("forgot-username")] = "A new answer typed before the mistake.",
        });
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        // The summary's link leads to the emptied question's own field, not just to some field.
        var emptied = page.QuerySelector($"[name='{form.FieldOf("forgot-password", "Question")}']")!;
        Assert.False(string.IsNullOrEmpty(emptied.Id), "the emptied question's field has no id for the summary to link to");
        Assert.NotNull(page.QuerySelector($".error-summary a[href='#{emptied.Id}']"));
        Assert.Equal("A new answer typed before the mistake.", page.QuerySelector($"textarea[name='{form.FieldOf("forgot-username")}']")!.TextContent);
        Assert.True(page.QuerySelector("details[data-key='forgot-password']")!.HasAttribute("open"));
        Assert.Equal(before.DraftVersion, (await app.StoredPageAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task AnAnswerLinkingToALookAlikeOfTheMinistrysSiteIsRefusedWithTheTextKept()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        var before = await app.StoredPageAsync(id);
        const string Answer = "Reset it at [Massar](https://massar-men-gov.ma/reset).";

        using var response = await editor.SaveFaqAsync(form, "save", new Dictionary<string, string> { [form.FieldOf("forgot-password")] = Answer });
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var answer = page.QuerySelector($"textarea[name='{form.FieldOf("forgot-password")}']")!;
        Assert.Equal(Answer, answer.TextContent);
        // The manager speaks Arabic by default: the message names the official domain.
        Assert.Contains("men.gov.ma", answer.ParentElement!.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before.DraftVersion, (await app.StoredPageAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task QuestionsAreAddedWithoutJavaScriptAndGetAKeyFromTheEnglishQuestion()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");

        using var added = await editor.SaveFaqAsync(form, "add-question:0", new Dictionary<string, string>());
        var withNew = await Html.ParseAsync(await added.Content.ReadAsStringAsync(), $"http://localhost/manager/faq/{id}");
        var fresh = withNew.QuerySelector("details.question-editor[data-key='']")!;
        using var saved = await editor.SaveFaqAsync(withNew, "save", new Dictionary<string, string>
        {
            [fresh.QuerySelector("[name$='.Question']")!.GetAttribute("name")!] = "Can I print my report card?",
            [fresh.QuerySelector("[name$='.Answer']")!.GetAttribute("name")!] = "Yes, from the **results** page.",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = (await app.StoredPageAsync(id)).Draft.Topics[0].Questions[^1];
        Assert.Equal(("can-i-print-my-report-card", "Yes, from the **results** page."), (stored.Key, stored.Answer));
    }

    [Fact]
    public async Task QuestionsMoveAcrossTopicsWithTheMoveButtons()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        var firstOfSecondTopic = (await app.StoredPageAsync(id)).Draft.Topics[1].Questions[0].Key;

        using var moved = await editor.SaveFaqAsync(form, "question-up:1:0", new Dictionary<string, string>());
        var page = await Html.ParseAsync(await moved.Content.ReadAsStringAsync(), $"http://localhost/manager/faq/{id}");
        using var saved = await editor.SaveFaqAsync(page, "save", new Dictionary<string, string>());

        var topics = (await app.StoredPageAsync(id)).Draft.Topics;
        Assert.Equal(firstOfSecondTopic, topics[0].Questions[^1].Key);
        Assert.DoesNotContain(topics[1].Questions, q => q.Key == firstOfSecondTopic);
    }

    [Fact]
    public async Task EditorShowsTheOtherLanguageBesideEachQuestion()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var ar = await app.PageIdAsync("ar");
        var en = await app.PageIdAsync("en");

        var form = await editor.GetDocumentAsync($"/manager/faq/{ar}");
        var other = form.QuerySelector("details[data-key='forgot-password'] .other-language")!;

        Assert.Equal(("en", "ltr"), (other.QuerySelector(".other-question")!.GetAttribute("lang"), other.QuerySelector(".other-question")!.GetAttribute("dir")));
        Assert.Contains("password", other.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"/manager/faq/{en}?open=forgot-password", other.QuerySelector("a.edit-twin")!.GetAttribute("href"));
        Assert.Equal("rtl", form.QuerySelector($"textarea[name='{form.FieldOf("forgot-password")}']")!.GetAttribute("dir"));
    }

    [Fact]
    public async Task EditorPostWithoutAntiforgeryTokenIsRefused()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("ar");

        using var response = await editor.PostAsync($"/manager/faq/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Version"] = "1", ["Input.Title"] = "x", ["command"] = "publish",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, (await app.StoredPageAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task LivePreviewRendersMarkdownSafelyAndNeedsTheToken()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var form = await editor.GetDocumentAsync($"/manager/faq/{await app.PageIdAsync("ar")}");
        var token = form.QuerySelector("#faq-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var rendered = await editor.PostAsync("/manager/markdown-preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdown"] = "**مهم** <script>alert(1)</script> [x](javascript:alert(1))",
            ["lang"] = "ar",
            ["__RequestVerificationToken"] = token,
        }));
        using var refused = await editor.PostAsync("/manager/markdown-preview", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = "x" }));
        var html = await rendered.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        Assert.Contains("<strong>مهم</strong>", html);
        Assert.DoesNotContain("<script>", html);
        // The address is named only as text, in the save's warning above the preview (UnsafeLinkEditorTests).
        var shown = await Html.ParseAsync($"<div>{html}</div>");
        Assert.Contains("javascript:alert(1)", shown.QuerySelector(".preview-problem")!.TextContent, StringComparison.Ordinal);
        shown.QuerySelector(".preview-problem")!.Remove();
        Assert.DoesNotContain("javascript:", shown.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task ALivePreviewSentWhileSavingLeavesTheSavedMessageForThePageThatFollows()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("ar");
        var form = await editor.GetDocumentAsync($"/manager/faq/{id}");
        var token = form.QuerySelector("#faq-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        // The browser's preview timer can fire between the save's redirect and the page it leads to.
        using var saved = await editor.SaveFaqAsync(form, "save", new Dictionary<string, string> { [form.FieldOf("forgot-password")] = NewAnswer });
        using var preview = await editor.PostAsync("/manager/markdown-preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdown"] = NewAnswer, ["lang"] = "ar", ["__RequestVerificationToken"] = token,
        }));
        var page = await editor.GetDocumentAsync(saved.Location()!);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.NotNull(page.QuerySelector(".flash"));
    }
}
