using System.Net;
using MassarDalil.Content.Pages;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Publishing;

/// <summary>
/// Text the renderer refuses, stored by an older version that checked less, costs only the part it is in:
/// the site starts, every other page and the manager answer, later publishes show, and the part is flagged.
/// </summary>
public class UnrenderablePageTests
{
    private static readonly string Deep = string.Concat(Enumerable.Repeat("a. ", 400)) + "x";

    private static readonly Dictionary<string, string?> Admin = new()
    {
        ["Admin:Email"] = ManagerAccess.AdminEmail,
        ["Admin:Password"] = ManagerAccess.AdminPassword,
    };

    /// <summary>Stores <see cref="Deep"/> as the published and draft answer of the English FAQ's first question, and returns its key.</summary>
    private static Task<string> StoreDeepAnswerAsync(MassarApp app) => app.WithDbAsync(async db =>
    {
        var faq = await db.Pages.Include(p => p.PublishedRevision).SingleAsync(p => p.SiteKey == "en" && p.Type == PageType.Faq);
        var content = faq.PublishedRevision!.Content;
        var first = content.Topics[0];
        var broken = content with { Topics = [first with { Questions = [first.Questions[0] with { Answer = Deep }, .. first.Questions.Skip(1)] }, .. content.Topics.Skip(1)] };
        (faq.PublishedRevision.Content, faq.Draft) = (broken, broken);
        await db.SaveChangesAsync();
        return first.Questions[0].Key;
    });

    [Fact]
    public async Task AfterARestartWithAnAnswerTheRendererRefusesEverythingElseServesAndLaterPublishesShow()
    {
        using var database = new TestDatabase();
        string key;
        using (var older = new MassarApp(Admin, databasePath: database.Path))
        {
            key = await StoreDeepAnswerAsync(older);
        }
        var logs = new CapturedLogs();
        using var app = new MassarApp(Admin, databasePath: database.Path);
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var visitor = logged.CreateClient(new() { AllowAutoRedirect = false });

        var faq = await visitor.GetDocumentAsync("/en/faq");
        var question = await visitor.GetDocumentAsync($"/en/faq/{key}");
        foreach (var path in new[] { "/en/", "/ar/", "/ar/faq", "/en/search?q=password", "/sitemap.xml", "/api/v1/en/pages/faq", $"/api/v1/en/faq/{key}", "/manager/login" })
        {
            using var response = await visitor.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
        using var ready = await visitor.GetAsync("/healthz/ready");

        // The refused answer is a note; the question and its neighbours are all there.
        Assert.Equal("This part cannot be shown right now. Please come back to it later.", faq.QuerySelector($"details#{key} .unavailable")!.TextContent);
        Assert.NotNull(question.QuerySelector(".answer .unavailable"));
        Assert.True(faq.QuerySelectorAll("details.question").Length > 10);
        Assert.Single(faq.QuerySelectorAll(".unavailable"));
        Assert.Equal((HttpStatusCode.OK, "Degraded"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        Assert.Contains(logs.Entries, l => l.Level == LogLevel.Error && l.Message.StartsWith($"Could not render /en/faq part {key}", StringComparison.Ordinal));

        // The dashboard names it and leads to the answer; a publish of another page reaches visitors at once.
        var manager = logged.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SignInAsync(ManagerAccess.AdminEmail, ManagerAccess.AdminPassword)).StatusCode);
        var dashboard = await manager.GetDocumentAsync("/manager");
        var faqId = await app.PageIdAsync("en");
        Assert.NotNull(dashboard.QuerySelector($"#unrendered a[href='/manager/faq/{faqId}/question/{key}']"));
        var arabicId = await app.PageIdAsync("ar");
        var editor = await manager.GetDocumentAsync($"/manager/faq/{arabicId}");
        using var published = await manager.SaveFaqAsync(editor, "publish", new Dictionary<string, string> { [editor.FieldOf("forgot-password")] = "جواب نُشر بعد ذلك." });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("جواب نُشر بعد ذلك.", await visitor.GetStringAsync("/ar/faq"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGuideBodyTheRendererRefusesIsANoteAndItsEditorRefusesTheSameTextWithTheFieldMessage()
    {
        using var app = ManagerAccess.NewApp();
        await app.PublishAsync("en", "deep-guide", "Deep guide", Deep, "deep-guide");
        var editor = await app.EditorAsync();

        var guide = await app.CreateVisitor().GetDocumentAsync("/en/deep-guide");
        var id = await app.WithDbAsync(db => db.Pages.Where(p => p.Slug == "deep-guide").Select(p => p.Id).SingleAsync());
        var form = await editor.GetDocumentAsync($"/manager/page/{id}");
        using var saved = await editor.SubmitAsync(form, "#page-form", new Dictionary<string, string> { ["Input.Body"] = Deep + " ", ["command"] = "publish" });
        var page = await Html.ParseAsync(await saved.Content.ReadAsStringAsync());

        Assert.Equal("Deep guide", guide.QuerySelector("h1")!.TextContent);
        Assert.NotNull(guide.QuerySelector("article.guide .unavailable"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, saved.StatusCode);
        var body = page.QuerySelector("textarea[name='Input.Body']")!;
        Assert.Equal(Deep + " ", body.TextContent);
        Assert.Contains("متداخلة", body.ParentElement!.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, (await app.StoredPageAsync(id)).PublishedRevision!.Number);
    }

    [Fact]
    public async Task TheApiSaysARefusedAnswerIsUnavailableWithTheNoteVisitorsSee()
    {
        using var app = new MassarApp();
        var key = await StoreDeepAnswerAsync(app);
        await app.WithDbAsync(db => db.ContentState.ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1)));
        await app.RefreshContentAsync();
        using var visitor = app.CreateVisitor();

        using var page = await visitor.GetJsonAsync("/api/v1/en/pages/faq");
        using var question = await visitor.GetJsonAsync($"/api/v1/en/faq/{key}");
        using var openApi = await visitor.GetJsonAsync("/openapi/v1.json");

        var answers = page.RootElement.GetProperty("topics").EnumerateArray().SelectMany(t => t.GetProperty("questions").EnumerateArray())
            .ToDictionary(q => q.GetProperty("key").GetString()!, q => q.GetProperty("answer"));
        foreach (var refused in new[] { answers[key], question.RootElement.GetProperty("answer") })
        {
            Assert.Equal("", refused.GetProperty("html").GetString());
            Assert.True(refused.GetProperty("unavailable").GetBoolean());
            Assert.Equal("This part cannot be shown right now. Please come back to it later.", refused.GetProperty("note").GetString());
            Assert.Equal(Deep, refused.GetProperty("markdown").GetString());
        }
        var other = answers.First(a => a.Key != key).Value;
        Assert.False(other.GetProperty("unavailable").GetBoolean());
        Assert.False(other.TryGetProperty("note", out _));
        Assert.False(page.RootElement.GetProperty("body").GetProperty("unavailable").GetBoolean());
        var schema = openApi.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ApiText").GetProperty("properties");
        Assert.Contains("could not be rendered", schema.GetProperty("unavailable").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("note visitors see", schema.GetProperty("note").GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
