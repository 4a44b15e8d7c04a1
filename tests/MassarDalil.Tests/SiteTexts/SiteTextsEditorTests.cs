using System.Net;
using AngleSharp.Dom;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.SiteTexts;

/// <summary>The manager's "Site texts" page: editors change the words of the public site as they change pages.</summary>
public class SiteTextsEditorTests
{
    private const string Question = "هل أفادك هذا الجواب؟";
    private const string SeedQuestion = "هل كانت هذه الإجابة مفيدة؟";

    /// <summary>The name of the field that holds <paramref name="key"/>'s text on the texts page.</summary>
    private static string FieldOf(IDocument form, string key) =>
        form.QuerySelector($"#f-{key.Replace('.', '-')}")?.GetAttribute("name") ?? throw new InvalidOperationException($"no field for {key}");

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, IDocument form, string command, Dictionary<string, string> texts) =>
        client.SubmitAsync(form, "#texts-form", texts.ToDictionary(t => FieldOf(form, t.Key), t => t.Value).Append(new("command", command)).ToDictionary());

    [Fact]
    public async Task AnEditorChangesWasThisHelpfulInArabicAndVisitorsSeeItAtOnceOncePublished()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var visitor = app.CreateVisitor();
        var id = await app.PageIdAsync("ar", PageType.Texts);
        // Visited first, so the output cache holds the page with the old words.
        Assert.Contains(SeedQuestion, await visitor.GetStringAsync("/ar/faq"));
        var form = await editor.GetDocumentAsync($"/manager/texts/{id}");

        using var saved = await SaveAsync(editor, form, "save", new() { ["feedback.question"] = Question });

        Assert.Equal($"/manager/texts/{id}", saved.Location());
        Assert.Contains(SeedQuestion, await visitor.GetStringAsync("/ar/faq"));
        form = await editor.GetDocumentAsync($"/manager/texts/{id}");
        Assert.Equal(Question, form.QuerySelector("#f-feedback-question")!.GetAttribute("value"));

        using var published = await SaveAsync(editor, form, "publish", []);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var faq = await Html.ParseAsync(await visitor.GetStringAsync("/ar/faq"));
        Assert.All(faq.QuerySelectorAll(".feedback legend"), legend => Assert.Equal(Question, legend.TextContent));
        Assert.NotEmpty(faq.QuerySelectorAll(".feedback legend"));
        Assert.DoesNotContain(Question, await visitor.GetStringAsync("/en/faq"));
        var page = await app.StoredPageAsync(id);
        Assert.Equal(2, page.PublishedRevision!.Number);
        var actions = await app.WithDbAsync(db => db.Audit.Where(a => a.Actor == ManagerAccess.EditorEmail && a.Target == "ar/_texts").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Save, AuditActions.Publish], actions);
    }

    [Fact]
    public async Task TheTextsPageShowsTheOtherLanguageBesideEachFieldAndPreviewsTheHomePageWithTheDraft()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var id = await app.PageIdAsync("en", PageType.Texts);
        var form = await editor.GetDocumentAsync($"/manager/texts/{id}");

        var other = form.QuerySelector("#f-feedback-question-other [lang]")!;
        Assert.Equal(("ar", "rtl", SeedQuestion), (other.GetAttribute("lang"), other.GetAttribute("dir"), other.TextContent));
        Assert.Equal(("en", "ltr"), (form.QuerySelector("#f-feedback-question")!.GetAttribute("lang"), form.QuerySelector("#f-feedback-question")!.GetAttribute("dir")));
        using var saved = await SaveAsync(editor, form, "preview", new() { ["home.tools-title"] = "Handy tools" });
        Assert.Equal($"/manager/preview/{id}", saved.Location());
        var preview = await editor.GetDocumentAsync(saved.Location()!);

        Assert.Equal("Handy tools", preview.QuerySelector("#tools-title")!.TextContent);
        Assert.Equal("en", preview.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain("Handy tools", await app.CreateVisitor().GetStringAsync("/en/"));
    }

    [Theory]
    [InlineData("feedback.question", "", "Write this text: visitors would see nothing here.")]
    [InlineData("average.row", "Subject", "Keep {0} in this text: the site puts a value there.")]
    [InlineData("question.more-in-topic", "More in this topic", "Keep {0} in this text: the site puts a value there.")]
    [InlineData("results.none", "No results for “{0}” in {1}.", "Remove {1}: the site puts no value there, so visitors would read it as it is.")]
    public async Task ABadTextIsRefusedUnderItsFieldAndTheEditorKeepsEverythingTyped(string key, string text, string message)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var id = await app.PageIdAsync("en", PageType.Texts);
        var form = await editor.GetDocumentAsync($"/manager/texts/{id}");

        using var response = await SaveAsync(editor, form, "publish", new() { [key] = text, ["site.tagline"] = "A tagline typed meanwhile" });
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), $"http://localhost/manager/texts/{id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var field = page.QuerySelector($"#f-{key.Replace('.', '-')}")!;
        Assert.Equal(message, field.ParentElement!.QuerySelector(".field-error")!.TextContent);
        Assert.Equal(text, field.LocalName == "textarea" ? field.TextContent : field.GetAttribute("value"));
        Assert.Equal("A tagline typed meanwhile", page.QuerySelector("#f-site-tagline")!.GetAttribute("value"));
        Assert.Equal(1, (await app.StoredPageAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task AnEditorsOwnFrenchPunctuationAroundTheTopicShowsOnTheQuestionPage()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.PageIdAsync("fr", PageType.Texts);
        var form = await editor.GetDocumentAsync($"/manager/texts/{id}");

        using var published = await SaveAsync(editor, form, "publish", new() { ["question.more-in-topic"] = "Voir aussi, dans «\u202F{0}\u202F»" });
        var page = await app.CreateVisitor().GetDocumentAsync("/fr/faq/forgot-password");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var topic = page.QuerySelectorAll(".breadcrumb li")[2].TextContent;
        Assert.Equal($"Voir aussi, dans «\u202F{topic}\u202F»", page.QuerySelector("#related-title")!.TextContent);
    }

    [Fact]
    public async Task TwoEditorsChangingTheSameTextMeetAConflictNotAnOverwrite()
    {
        using var app = ManagerAccess.NewApp();
        var first = (await app.SignedInAsync()).InEnglish();
        var second = (await app.EditorAsync()).InEnglish();
        var id = await app.PageIdAsync("en", PageType.Texts);
        var firstForm = await first.GetDocumentAsync($"/manager/texts/{id}");
        var secondForm = await second.GetDocumentAsync($"/manager/texts/{id}");

        using var firstSave = await SaveAsync(first, firstForm, "save", new() { ["feedback.question"] = "Did this help?" });
        using var secondSave = await SaveAsync(second, secondForm, "save", new() { ["feedback.question"] = "Was this useful?", ["feedback.yes"] = "Yes!" });
        var conflict = await Html.ParseAsync(await secondSave.Content.ReadAsStringAsync(), $"http://localhost/manager/texts/{id}");

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        // Only the text both changed is asked: the merge rebuilt the version both opened, texts included.
        Assert.Equal("x:feedback.question", Assert.Single(conflict.QuerySelectorAll("#conflict li.diff-item")).GetAttribute("data-choice"));
        Assert.Contains("Did this help?", conflict.QuerySelector("#conflict")!.TextContent);
        Assert.Equal("Was this useful?", conflict.QuerySelector("#f-feedback-question")!.GetAttribute("value"));
        var stored = await app.StoredPageAsync(id);
        Assert.Equal(("Did this help?", "Yes"), (stored.Draft.Texts["feedback.question"], stored.Draft.Texts["feedback.yes"]));

        // The second editor keeps their words in the conflict: both changes are in the draft.
        using var resolved = await second.SubmitAsync(conflict, "#texts-form", new Dictionary<string, string> { ["Choices[x:feedback.question]"] = "mine", ["command"] = "save" });

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        stored = await app.StoredPageAsync(id);
        Assert.Equal(("Was this useful?", "Yes!"), (stored.Draft.Texts["feedback.question"], stored.Draft.Texts["feedback.yes"]));
    }

    [Fact]
    public async Task RestoringAnEarlierRevisionOfTheTextsBringsBackItsWords()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.SignedInAsync()).InEnglish();
        var id = await app.PageIdAsync("en", PageType.Texts);
        var form = await editor.GetDocumentAsync($"/manager/texts/{id}");
        using var published = await SaveAsync(editor, form, "publish", new() { ["site.name"] = "Massar Guide" });
        Assert.Contains("Massar Guide", await app.CreateVisitor().GetStringAsync("/en/"));

        var list = await editor.GetDocumentAsync($"/manager/revisions/{id}");
        var first = await editor.GetDocumentAsync($"/manager/revisions/{id}/1");
        using var restored = await editor.SubmitAsync(first, "#restore-form");
        var draft = await app.StoredPageAsync(id);

        Assert.Equal(2, list.QuerySelectorAll("a[href^='/manager/revisions/']").Count(a => a.GetAttribute("href")!.Split('/').Length == 5));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("Massar Dalil", draft.Draft.Texts["site.name"]);
    }
}
