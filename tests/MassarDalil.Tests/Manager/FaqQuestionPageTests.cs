using System.Net;
using AngleSharp.Dom;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

/// <summary>
/// One question edited on its own page (<c>/manager/faq/{id}/question/{key}</c>): the form holds that question only,
/// a save stores that question only, on the version its editor opened, merged with what others saved meanwhile.
/// </summary>
public class FaqQuestionPageTests
{
    private static string QuestionPage(int id, string key) => $"/manager/faq/{id}/question/{key}";

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, IDocument page, IDictionary<string, string> values, string command = "save") =>
        client.SubmitAsync(page, "#question-form", new Dictionary<string, string>(values) { ["command"] = command });

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response, string address) =>
        await Html.ParseAsync(await response.Content.ReadAsStringAsync(), $"http://localhost{address}");

    [Fact]
    public async Task SavingOneQuestionPostsAndChangesOnlyThatQuestion()
    {
        using var app = ManagerAccess.NewApp();
        var client = (await app.SignedInAsync()).InEnglish();
        var id = await app.PageIdAsync("en");
        var before = (await app.StoredPageAsync(id)).Draft;
        var page = await client.GetDocumentAsync(QuestionPage(id, "wrong-grade"));

        var posted = page.QuerySelectorAll("#question-form [name]").Select(e => e.GetAttribute("name")).ToList();
        using var saved = await SaveAsync(client, page, new Dictionary<string, string> { ["Input.Answer"] = "Ask your teacher first." });

        Assert.DoesNotContain(posted, n => n!.StartsWith("Input.Topics", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(QuestionPage(id, "wrong-grade"), saved.Location());
        var after = (await app.StoredPageAsync(id)).Draft;
        Assert.Equal("Ask your teacher first.", after.AllQuestions.Single(q => q.Key == "wrong-grade").Answer);
        var others = before.AllQuestions.Where(q => q.Key != "wrong-grade").ToList();
        Assert.Equal(others, after.AllQuestions.Where(q => q.Key != "wrong-grade").ToList());
        Assert.Equal(before.Topics.Select(t => (t.Key, t.Title)), after.Topics.Select(t => (t.Key, t.Title)));
        Assert.Equal((before.Title, before.Body), (after.Title, after.Body));
        var audit = await app.WithDbAsync(db => db.Audit.Where(a => a.Action == AuditActions.Save).ToListAsync());
        Assert.Single(audit);
        Assert.Equal("Draft saved. Visitors do not see it until you publish.", (await client.GetDocumentAsync(saved.Location()!)).QuerySelector(".flash")!.TextContent.Trim());
    }

    [Fact]
    public async Task PublishingOneQuestionWaitsWhileAColleaguesUnpublishedChangeIsElsewhereInTheFaq()
    {
        using var app = ManagerAccess.NewApp();
        var colleague = (await app.SignedInAsync()).InEnglish();
        var editor = (await app.EditorAsync()).InEnglish();
        var id = await app.PageIdAsync("en");
        var unfinished = new Dictionary<string, string> { ["Input.Answer"] = "Unfinished: not for visitors yet." };
        using var drafted = await SaveAsync(colleague, await colleague.GetDocumentAsync(QuestionPage(id, "wrong-grade")), unfinished);

        using var published = await SaveAsync(editor, await editor.GetDocumentAsync(QuestionPage(id, "nfc-is-safe")),
            new Dictionary<string, string> { ["Input.Answer"] = "NFC reading is safe." }, "publish");

        Assert.Equal(QuestionPage(id, "nfc-is-safe"), published.Location());
        var draft = (await app.StoredPageAsync(id)).Draft;
        var flash = (await editor.GetDocumentAsync(published.Location()!)).QuerySelector(".flash")!.TextContent;
        Assert.Contains("not published", flash, StringComparison.Ordinal);
        Assert.Contains(draft.AllQuestions.Single(q => q.Key == "wrong-grade").Question, flash, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.AllQuestions.Single(q => q.Key == "nfc-is-safe").Question, flash, StringComparison.Ordinal);
        Assert.Equal("NFC reading is safe.", draft.AllQuestions.Single(q => q.Key == "nfc-is-safe").Answer);
        var visitors = await app.CreateVisitor().GetStringAsync("/en/faq");
        Assert.DoesNotContain("Unfinished", visitors, StringComparison.Ordinal);
        Assert.DoesNotContain("NFC reading is safe.", visitors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishingOneQuestionWithNothingElseWaitingPutsItLive()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var id = await app.PageIdAsync("en");

        using var published = await SaveAsync(editor, await editor.GetDocumentAsync(QuestionPage(id, "nfc-is-safe")),
            new Dictionary<string, string> { ["Input.Answer"] = "NFC reading is safe." }, "publish");

        Assert.Equal("Published. Visitors see the new version now.",
            (await editor.GetDocumentAsync(published.Location()!)).QuerySelector(".flash")!.TextContent.Trim());
        Assert.Contains("NFC reading is safe.", await app.CreateVisitor().GetStringAsync("/en/faq"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoEditorsOnDifferentQuestionPagesBothKeepTheirWork()
    {
        using var app = ManagerAccess.NewApp();
        var first = (await app.SignedInAsync()).InEnglish();
        var second = (await app.EditorAsync()).InEnglish();
        var id = await app.PageIdAsync("en");
        var firstPage = await first.GetDocumentAsync(QuestionPage(id, "wrong-grade"));
        var secondPage = await second.GetDocumentAsync(QuestionPage(id, "nfc-is-safe"));

        using var one = await SaveAsync(first, firstPage, new Dictionary<string, string> { ["Input.Answer"] = "Ask your teacher first." });
        using var two = await SaveAsync(second, secondPage, new Dictionary<string, string> { ["Input.Answer"] = "Yes: the chip is only read." });

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (one.StatusCode, two.StatusCode));
        var answers = (await app.StoredPageAsync(id)).Draft.AllQuestions.ToDictionary(q => q.Key, q => q.Answer);
        Assert.Equal(("Ask your teacher first.", "Yes: the chip is only read."), (answers["wrong-grade"], answers["nfc-is-safe"]));
        var notice = (await second.GetDocumentAsync(two.Location()!)).QuerySelector(".flash")!.TextContent;
        Assert.Contains(ManagerAccess.AdminEmail, notice);
        Assert.Contains("merged with yours", notice);
    }

    [Fact]
    public async Task TheSameQuestionChangedByBothIsAskedAndNothingIsStoredUntilChosen()
    {
        using var app = ManagerAccess.NewApp();
        var first = (await app.SignedInAsync()).InEnglish();
        var second = (await app.EditorAsync()).InEnglish();
        var id = await app.PageIdAsync("en");
        var address = QuestionPage(id, "wrong-grade");
        var firstPage = await first.GetDocumentAsync(address);
        var secondPage = await second.GetDocumentAsync(address);

        using var one = await SaveAsync(first, firstPage, new Dictionary<string, string> { ["Input.Answer"] = "Theirs: ask the teacher." });
        using var refused = await SaveAsync(second, secondPage, new Dictionary<string, string> { ["Input.Answer"] = "Mine: ask the school." });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var conflict = await ParseAsync(refused, address);
        var item = Assert.Single(conflict.QuerySelectorAll("#conflict li.diff-item"));
        Assert.Equal("q:wrong-grade/answer", item.GetAttribute("data-choice"));
        Assert.Equal("Mine: ask the school.", conflict.QuerySelector("#question-form textarea[name='Input.Answer']")!.TextContent);
        Assert.Equal("Theirs: ask the teacher.", (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "wrong-grade").Answer);

        using var chosen = await SaveAsync(second, conflict, new Dictionary<string, string> { ["Choices[q:wrong-grade/answer]"] = "mine" });

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("Mine: ask the school.", (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "wrong-grade").Answer);
    }

    [Fact]
    public async Task MovingToATopicInOneLanguageMovesItThereOnlyAndWarnsThatTheLanguagesDiffer()
    {
        using var app = ManagerAccess.NewApp();
        var client = (await app.SignedInAsync()).InEnglish();
        var (en, ar) = (await app.PageIdAsync("en"), await app.PageIdAsync("ar"));
        var page = await client.GetDocumentAsync(QuestionPage(en, "wrong-grade"));
        Assert.Empty(page.QuerySelectorAll(".placement"));

        using var saved = await SaveAsync(client, page, new Dictionary<string, string> { ["Input.Topic"] = "general" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var english = (await app.StoredPageAsync(en)).Draft;
        Assert.Equal("wrong-grade", english.Topics.Single(t => t.Key == "general").Questions[^1].Key);
        Assert.DoesNotContain(english.Topics.Single(t => t.Key == "grades").Questions, q => q.Key == "wrong-grade");
        Assert.Equal("grades", FaqChanges.TopicOf((await app.StoredPageAsync(ar)).Draft, "wrong-grade")!.Key);
        var after = await client.GetDocumentAsync(saved.Location()!);
        Assert.Equal("general", after.QuerySelector("#f-topic option[selected]")!.GetAttribute("value"));
        var warnings = after.QuerySelectorAll(".placement").Select(p => p.TextContent).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("In Arabic", StringComparison.Ordinal) && w.Contains("النقط والنتائج", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MovingToATopicInEveryLanguageMovesTheSameKeyInEachDraft()
    {
        using var app = ManagerAccess.NewApp();
        var client = (await app.SignedInAsync()).InEnglish();
        var en = await app.PageIdAsync("en");
        var page = await client.GetDocumentAsync(QuestionPage(en, "wrong-grade"));

        using var saved = await SaveAsync(client, page, new Dictionary<string, string> { ["Input.Topic"] = "general", ["Input.AllLanguages"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        foreach (var site in new[] { "en", "ar", "fr" })
        {
            var draft = (await app.StoredPageAsync(await app.PageIdAsync(site))).Draft;
            Assert.Equal((site, "wrong-grade"), (site, draft.Topics.Single(t => t.Key == "general").Questions[^1].Key));
        }
        var after = await client.GetDocumentAsync(saved.Location()!);
        Assert.Contains("moved in Arabic, French too", after.QuerySelector(".flash")!.TextContent);
        Assert.Empty(after.QuerySelectorAll(".placement"));
        var audit = await app.WithDbAsync(db => db.Audit.Where(a => a.Action == AuditActions.Save).Select(a => a.Target).ToListAsync());
        Assert.Equal(3, audit.Count);
    }

    [Fact]
    public async Task AQuestionThatDoesNotExistLeadsBackToTheList()
    {
        using var app = ManagerAccess.NewApp();
        var client = await app.SignedInAsync();
        var id = await app.PageIdAsync("en");

        using var response = await client.GetAsync(QuestionPage(id, "no-such-question"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/manager/faq/{id}", response.Location());
    }
    [Fact]
    public async Task ATopicPageRenamesItsTopicAloneAndAddsAQuestionThatOpensOnItsOwnPage()
    {
        using var app = ManagerAccess.NewApp();
        var client = (await app.SignedInAsync()).InEnglish();
        var id = await app.PageIdAsync("en");
        var before = (await app.StoredPageAsync(id)).Draft;
        var page = await client.GetDocumentAsync($"/manager/faq/{id}/topic/grades");

        using var renamed = await client.SubmitAsync(page, "#topic-form", new Dictionary<string, string> { ["Input.Title"] = "Marks and results", ["command"] = "save" });
        var again = await client.GetDocumentAsync(renamed.Location()!);
        using var added = await client.SubmitAsync(again, "#add-question-form", new Dictionary<string, string> { ["question"] = "Can I see last year's marks?", ["Input.Answer"] = "Yes, in Massar." });

        Assert.Equal($"/manager/faq/{id}/topic/grades", renamed.Location());
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var after = (await app.StoredPageAsync(id)).Draft;
        var grades = after.Topics.Single(t => t.Key == "grades");
        Assert.Equal("Marks and results", grades.Title);
        var question = grades.Questions[^1];
        Assert.Equal(("Can I see last year's marks?", "Yes, in Massar."), (question.Question, question.Answer));
        Assert.Equal(QuestionPage(id, question.Key), added.Location());
        Assert.Equal(before.AllQuestions.ToList(), after.AllQuestions.Where(q => q.Key != question.Key).ToList());
    }

    [Fact]
    public async Task PublishingATopicsNewTitleWaitsWhileAQuestionIsUnpublishedAndThenHoldsThatQuestionBack()
    {
        using var app = ManagerAccess.NewApp();
        var client = (await app.SignedInAsync()).InEnglish();
        var id = await app.PageIdAsync("en");
        var wrongGrade = (await app.StoredPageAsync(id)).Draft.AllQuestions.Single(q => q.Key == "wrong-grade").Question;
        using var drafted = await SaveAsync(client, await client.GetDocumentAsync(QuestionPage(id, "wrong-grade")),
            new Dictionary<string, string> { ["Input.Answer"] = "Unfinished: not for visitors yet." });

        using var title = await client.SubmitAsync(await client.GetDocumentAsync($"/manager/faq/{id}/topic/grades"), "#topic-form",
            new Dictionary<string, string> { ["Input.Title"] = "Marks and results", ["command"] = "publish" });
        var titleFlash = (await client.GetDocumentAsync(title.Location()!)).QuerySelector(".flash")!.TextContent;
        // The new title is a saved draft now: the question's own publish waits for it in turn.
        using var question = await SaveAsync(client, await client.GetDocumentAsync(QuestionPage(id, "wrong-grade")),
            new Dictionary<string, string> { ["Input.Answer"] = "Ask your teacher first." }, "publish");
        var questionFlash = (await client.GetDocumentAsync(question.Location()!)).QuerySelector(".flash")!.TextContent;

        Assert.Contains("not published", titleFlash, StringComparison.Ordinal);
        Assert.Contains(wrongGrade, titleFlash, StringComparison.Ordinal);
        Assert.Contains("not published", questionFlash, StringComparison.Ordinal);
        Assert.Contains("Marks and results", questionFlash, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongGrade, questionFlash, StringComparison.Ordinal);
        var visitors = await app.CreateVisitor().GetStringAsync("/en/faq");
        Assert.DoesNotContain("Marks and results", visitors, StringComparison.Ordinal);
        Assert.DoesNotContain("Ask your teacher first.", visitors, StringComparison.Ordinal);
        Assert.Equal("Marks and results", (await app.StoredPageAsync(id)).Draft.Topics.Single(t => t.Key == "grades").Title);
    }
}
