using MassarDalil.BrowserTests.Support;
using MassarDalil.Content.Data;
using MassarDalil.Content.Feedback;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

/// <summary>An editor on a phone-sized screen: sign in, fix an Arabic answer, preview, publish, restore.</summary>
public class ManagerTests
{
    internal const string AdminEmail = "admin@massar.test";
    internal const string AdminPassword = "Admin-pass-2026!";
    internal const string EditorEmail = "editor@massar.test";
    internal const string EditorPassword = "Editor-pass-2026!";
    private const string NewAnswer = "الجواب الجديد: افتح صفحة الدخول الرسمية ثم اضغط على «نسيت كلمة المرور».";

    internal static readonly Dictionary<string, string?> Settings = new()
    {
        ["Admin:Email"] = AdminEmail,
        ["Admin:Password"] = AdminPassword,
        ["Webhooks:PollInterval"] = "00:00:00.200",
        ["Webhooks:AllowPrivateAddresses"] = "true",
    };

    [SkippableFact]
    public async Task EditorChangesAnArabicAnswerPreviewsPublishesAndRestoresThePreviousRevision()
    {
        await using var session = await BrowserSession.StartAsync(390, 844, Settings);
        await AddEditorAsync(session);
        var faqId = await PageIdAsync(session, "ar");
        var page = session.Page;
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        // A visitor of its own, with no manager cookie; closed with the test, as the browser outlives it.
        await using var visitorContext = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.Site.BaseUrl });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/ar/faq");
        var original = await visitor.Locator("details#forgot-password .answer").TextContentAsync();

        await SignInAsync(page, EditorEmail, EditorPassword);
        await page.Locator($"a.page-title[href='/manager/faq/{faqId}']").ClickAsync();
        var question = page.Locator("details[data-key='forgot-password']");
        await question.Locator("summary").ClickAsync();
        var answer = question.Locator("textarea[name$='.Answer']");
        await Assertions.Expect(answer).ToHaveAttributeAsync("dir", "rtl");
        await answer.FillAsync(NewAnswer);
        // The live preview is rendered by the server's own Markdown pipeline.
        await Assertions.Expect(question.Locator(".live-preview")).ToContainTextAsync("الجواب الجديد");

        await page.Locator("button[name='command'][value='preview']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{session.Site.BaseUrl}/manager/preview/{faqId}");
        await Assertions.Expect(page.Locator("details#forgot-password .answer")).ToContainTextAsync("الجواب الجديد");
        await visitor.ReloadAsync();
        await Assertions.Expect(visitor.Locator("details#forgot-password .answer")).Not.ToContainTextAsync("الجواب الجديد");

        await page.Locator(".preview-banner a").ClickAsync();
        await page.Locator("button[name='command'][value='publish']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        await visitor.ReloadAsync();
        await Assertions.Expect(visitor.Locator("details#forgot-password .answer")).ToContainTextAsync("الجواب الجديد");

        await page.GotoAsync($"/manager/revisions/{faqId}/1");
        await page.Locator("#restore-form button").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{session.Site.BaseUrl}/manager/faq/{faqId}");
        await page.Locator("button[name='command'][value='publish']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        await visitor.ReloadAsync();
        await Assertions.Expect(visitor.Locator("details#forgot-password .answer")).ToHaveTextAsync(original!);
        await Screens.SaveAsync(page, "faq-editor-after-restore");
    }

    [SkippableTheory]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task EveryManagerPageHasNoAxeViolationsOnAPhone(string language)
    {
        await using var session = await BrowserSession.StartAsync(390, 844, Settings);
        var faqId = await PageIdAsync(session, "ar");
        var homeId = await PageIdAsync(session, "en", "home");
        var page = session.Page;
        await session.Context.AddCookiesAsync([new Cookie { Name = "manager-lang", Value = language, Url = session.Site.BaseUrl + "/manager" }]);

        await page.GotoAsync("/manager/login");
        await ExpectNoViolationsAsync(page, "login", language);
        await SignInAsync(page, AdminEmail, AdminPassword);
        // One save and one publish so that revisions and the audit log have something in them.
        await page.GotoAsync($"/manager/faq/{faqId}");
        await page.Locator("details[data-key='forgot-password'] summary").ClickAsync();
        await page.Locator("details[data-key='forgot-password'] textarea[name$='.Answer']").FillAsync(NewAnswer);
        await page.Locator("button[name='command'][value='publish']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        var userId = await UserIdAsync(session, AdminEmail);
        await VisitorsLeaveTracesAsync(session);

        foreach (var (path, name) in new[]
                 {
                     ("/manager", "dashboard"), ($"/manager/faq/{faqId}?open=forgot-password", "faq-editor"), ($"/manager/revisions/{faqId}", "revisions"),
                     ($"/manager/revisions/{faqId}/1", "revision-diff"), ("/manager/audit", "audit"), ("/manager/users", "users"),
                     ($"/manager/users/{userId}", "user"), ($"/manager/page/{homeId}", "page-editor"), ("/manager/guides/new", "new-guide"),
                     ("/manager/password", "password"), ($"/manager/preview/{faqId}", "preview"),
                     ("/manager/insights/searches", "insights-searches"), ("/manager/insights/answers", "insights-answers"),
                     ("/manager/synonyms", "synonyms"), ("/manager/synonyms/1", "synonym-group"),
                     ($"/manager/faq/{faqId}/question/forgot-password", "faq-question"), ($"/manager/faq/{faqId}/topic/login", "faq-topic"),
                     ($"/manager/faq/{faqId}?q=nfc", "faq-filtered"),
                 })
        {
            await page.GotoAsync(path);
            if (!path.Contains("preview", StringComparison.Ordinal))
            {
                Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            }
            await ExpectNoViolationsAsync(page, name, language);
        }

        // A synonym group that is refused: the message beside the field.
        await page.GotoAsync("/manager/synonyms");
        await page.Locator("#new-terms").FillAsync("مسار");
        await page.Locator("#new-terms-form button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#new-terms-error")).ToBeVisibleAsync();
        await ExpectNoViolationsAsync(page, "synonym-refused", language);

        // A conflict: someone else saves the same answer while this editor types it.
        await page.GotoAsync($"/manager/faq/{faqId}?open=forgot-username");
        await SomeoneElseSavesAsync(session, faqId);
        await page.Locator("details[data-key='forgot-username'] textarea[name$='.Answer']").FillAsync("نص آخر");
        await page.Locator("button[name='command'][value='save'].primary").ClickAsync();
        await Assertions.Expect(page.Locator("#conflict")).ToBeVisibleAsync();
        await ExpectNoViolationsAsync(page, "conflict", language);

        await WebhookPagesAsync(page, language);
    }

    /// <summary>The webhook pages with something in them: a refused address, a secret shown once, a delivery that failed.</summary>
    private static async Task WebhookPagesAsync(IPage page, string language)
    {
        await page.GotoAsync("/manager/webhooks");
        await ExpectNoViolationsAsync(page, "webhooks-empty", language);
        await page.Locator("#f-url").FillAsync("http://hooks.example.org/massar");
        await page.Locator("#new-webhook-form button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#url-error")).ToBeVisibleAsync();
        await ExpectNoViolationsAsync(page, "webhook-refused", language);
        // Port 9 on loopback refuses at once: the delivery fails without leaving the machine.
        await page.Locator("#f-url").FillAsync("http://127.0.0.1:9/a-receiver-that-is-not-running");
        await page.Locator("#new-webhook-form button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#webhook-secret")).ToBeVisibleAsync();
        await ExpectNoViolationsAsync(page, "webhook-registered", language);
        await page.Locator("#webhooks a").Last.ClickAsync();
        await page.Locator("#test-form button").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        for (var tries = 0; tries < 40 && await page.Locator("#deliveries td .delivery-error").CountAsync() == 0; tries++)
        {
            await Task.Delay(250);
            await page.ReloadAsync();
        }
        await Assertions.Expect(page.Locator("#deliveries td .delivery-error").First).ToBeVisibleAsync();
        await ExpectNoViolationsAsync(page, "webhook-log", language);
        await page.Locator("#rotate-form button").ClickAsync();
        await Assertions.Expect(page.Locator("#webhook-secret")).ToBeVisibleAsync();
        await ExpectNoViolationsAsync(page, "webhook-rotated", language);
        await page.GotoAsync("/manager/webhooks");
        await ExpectNoViolationsAsync(page, "webhooks", language);
    }

    private static async Task SomeoneElseSavesAsync(BrowserSession session, int pageId)
    {
        await using var scope = session.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var stored = await db.Pages.AsNoTracking().SingleAsync(p => p.Id == pageId);
        var changed = stored.Draft with
        {
            Title = stored.Draft.Title + " (2)",
            Topics = stored.Draft.Topics.Select(t => t with
            {
                Questions = t.Questions.Select(q => q.Key == "forgot-username" ? q with { Answer = q.Answer + " (2)" } : q).ToList(),
            }).ToList(),
        };
        var result = await scope.ServiceProvider.GetRequiredService<PageEditor>().SaveDraftAsync(pageId, stored.DraftVersion, changed, null, "someone@massar.test");
        Assert.Equal(SaveStatus.Saved, result.Status);
    }

    internal static async Task ExpectNoViolationsAsync(IPage page, string name, string language)
    {
        var found = await Axe.ViolationsAsync(page, Axe.Wcag);
        await Screens.SaveAsync(page, $"{name}-{language}");
        Assert.True(found.Count == 0, $"{name} ({language}, {page.Url}):\n" + string.Join("\n", found));
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, $"{name} ({language}) is wider than the screen");
    }

    internal static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/manager/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#login-form button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator(".manager-nav")).ToBeVisibleAsync();
    }

    /// <summary>Searches that found nothing and a few votes, so the insight pages and charts have rows.</summary>
    private static async Task VisitorsLeaveTracesAsync(BrowserSession session)
    {
        await using var scope = session.Site.Services.CreateAsyncScope();
        var unanswered = scope.ServiceProvider.GetRequiredService<UnansweredSearches>();
        await unanswered.RecordAsync("ar", "بطاقة الطالب الضائعة");
        await unanswered.RecordAsync("en", "lost student card");
        var feedback = scope.ServiceProvider.GetRequiredService<AnswerFeedback>();
        await feedback.VoteAsync("ar", "pass-mark", helpful: false, FeedbackReason.Outdated, AnswerFeedback.NewBrowserToken());
        await feedback.VoteAsync("en", "forgot-password", helpful: true, null, AnswerFeedback.NewBrowserToken());
    }

    internal static async Task AddEditorAsync(BrowserSession session)
    {
        await using var scope = session.Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = EditorEmail, Email = EditorEmail, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, EditorPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "Editor")).Succeeded);
    }

    internal static async Task<int> PageIdAsync(BrowserSession session, string site, string type = "faq")
    {
        await using var scope = session.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        return await db.Pages.Where(p => p.SiteKey == site && p.Type == type).Select(p => p.Id).SingleAsync();
    }

    private static async Task<string> UserIdAsync(BrowserSession session, string email)
    {
        await using var scope = session.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
