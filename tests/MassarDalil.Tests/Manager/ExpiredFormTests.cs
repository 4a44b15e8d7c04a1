using System.Net;
using AngleSharp.Dom;
using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

/// <summary>
/// A form whose antiforgery check fails (open too long, or a sign-in or sign-out in another tab) is still refused, but
/// a browser is sent back to the same page with a message in the manager's words instead of a bare 400; and the page
/// after a post that arrived names its address, so that manager.js drops the copy of the text it kept.
/// </summary>
public class ExpiredFormTests
{
    private const string Expired = "Your work was not saved: this form had expired (it was open for too long, or you signed in or out in another tab). If this browser tab kept your text, put it back below, then save again.";
    private const string TypedAnswer = "Typed while the form had expired.";

    private static string QuestionPage(int id) => $"/manager/faq/{id}/question/wrong-grade";

    [Fact]
    public async Task SigningInInASecondTabAfterTheFirstLeadsToAFreshSignInFormWithAMessage()
    {
        using var app = ManagerAccess.NewApp();
        var browser = app.CreateBrowser().InEnglish();
        var firstTab = await browser.GetDocumentAsync("/manager/login");
        var secondTab = await browser.GetDocumentAsync("/manager/login");
        using var first = await SubmitLoginAsync(browser, firstTab);

        using var second = await SubmitLoginAsync(PageLoad(browser), secondTab);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal("/manager/login", second.Location());
        var fresh = await browser.GetDocumentAsync(second.Location()!);
        Assert.Equal("The sign-in form had expired (it was open for too long, or you signed in or out in another tab). Sign in again.", Warning(fresh));
        Assert.NotNull(fresh.QuerySelector("#login-form input[name='__RequestVerificationToken']"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == AuditActions.SignIn)));
    }

    [Fact]
    public async Task SavingAfterTheAntiforgeryCookieWasLostLeadsBackToTheSamePageAndStoresNothing()
    {
        using var app = ManagerAccess.NewApp();
        var (browser, jar) = await SignedInWithJarAsync(app);
        var id = await app.PageIdAsync("en");
        var before = await app.StoredPageAsync(id);
        var editor = await browser.GetDocumentAsync(QuestionPage(id));
        var lost = PageLoad(WithoutAntiforgeryCookie(app, jar));

        using var saved = await lost.SubmitAsync(editor, "#question-form", new Dictionary<string, string> { ["Input.Answer"] = TypedAnswer, ["command"] = "save" });

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal(QuestionPage(id), saved.Location());
        var again = await lost.GetDocumentAsync(saved.Location()!);
        Assert.Equal(Expired, Warning(again));
        // Nothing says the post arrived, so the copy manager.js kept is offered back.
        Assert.Equal("", again.QuerySelector("template#kept-text")!.GetAttribute("data-handled") ?? "");
        var after = await app.StoredPageAsync(id);
        Assert.Equal(before.DraftVersion, after.DraftVersion);
        Assert.DoesNotContain(after.Draft.AllQuestions, q => q.Answer == TypedAnswer);
        Assert.Equal(0, await app.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == AuditActions.Save)));
    }

    [Fact]
    public async Task AnExpiredFormPostedToAHandlerLeadsBackToItsPageWithoutTheHandler()
    {
        using var app = ManagerAccess.NewApp();
        var (browser, jar) = await SignedInWithJarAsync(app);
        var id = await app.PageIdAsync("en");
        var questions = (await app.StoredPageAsync(id)).Draft.AllQuestions.Count();
        var topic = await browser.GetDocumentAsync($"/manager/faq/{id}/topic/grades");

        using var added = await PageLoad(WithoutAntiforgeryCookie(app, jar)).SubmitAsync(topic, "#add-question-form",
            new Dictionary<string, string> { ["question"] = "Can I see last year's marks?", ["Input.Answer"] = TypedAnswer });

        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        Assert.Equal($"/manager/faq/{id}/topic/grades", added.Location());
        Assert.Equal(questions, (await app.StoredPageAsync(id)).Draft.AllQuestions.Count());
    }

    [Fact]
    public async Task AScriptsPostWithAnExpiredTokenStillGetsABadRequest()
    {
        using var app = ManagerAccess.NewApp();
        var (browser, jar) = await SignedInWithJarAsync(app);
        var id = await app.PageIdAsync("en");
        var editor = await browser.GetDocumentAsync(QuestionPage(id));
        var script = WithoutAntiforgeryCookie(app, jar);
        script.DefaultRequestHeaders.Add("Sec-Fetch-Mode", "cors");
        var token = editor.QuerySelector("#question-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var preview = await script.PostAsync("/manager/markdown-preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdown"] = TypedAnswer, ["lang"] = "en", ["__RequestVerificationToken"] = token,
        }));
        using var save = await script.SubmitAsync(editor, "#question-form", new Dictionary<string, string> { ["Input.Answer"] = TypedAnswer });

        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
    }

    [Fact]
    public async Task ThePageAfterAPostThatArrivedNamesTheAddressItWasPostedTo()
    {
        using var app = ManagerAccess.NewApp();
        var browser = (await app.SignedInAsync()).InEnglish();
        var id = await app.PageIdAsync("en");
        var editor = await browser.GetDocumentAsync(QuestionPage(id));

        using var saved = await browser.SubmitAsync(editor, "#question-form", new Dictionary<string, string> { ["Input.Answer"] = TypedAnswer, ["command"] = "save" });
        var next = await browser.GetDocumentAsync(saved.Location()!);
        var later = await browser.GetDocumentAsync(QuestionPage(id));
        // A page that answers the post itself (here a refused look-alike link) names its own address.
        using var refused = await browser.SubmitAsync(later, "#question-form", new Dictionary<string, string>
        {
            ["Input.Answer"] = "Reset it at [this page](https://m\u0435n.gov.ma/reset).", ["command"] = "save",
        });
        var shownAgain = await Html.ParseAsync(await refused.Content.ReadAsStringAsync());

        Assert.Equal(QuestionPage(id), Handled(next));
        Assert.Equal("", Handled(later));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(QuestionPage(id), Handled(shownAgain));
    }

    private static string Handled(IDocument page) => page.QuerySelector("template#kept-text")!.GetAttribute("data-handled") ?? "";

    private static string? Warning(IDocument page) => page.QuerySelector("#warning")?.TextContent.Trim();

    private static Task<HttpResponseMessage> SubmitLoginAsync(HttpClient client, IDocument page) =>
        client.SubmitAsync(page, "#login-form", new Dictionary<string, string>
        {
            ["Input.Email"] = ManagerAccess.AdminEmail,
            ["Input.Password"] = ManagerAccess.AdminPassword,
        });

    /// <summary>Requests as a browser sends a form it submits as a page load.</summary>
    private static HttpClient PageLoad(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("Sec-Fetch-Mode", "navigate");
        return client;
    }

    /// <summary>A signed-in browser whose cookies the test can reach, as a user can clear one of them.</summary>
    private static async Task<(HttpClient Browser, CookieContainer Jar)> SignedInWithJarAsync(MassarApp app)
    {
        var jar = new CookieContainer();
        var browser = app.CreateDefaultClient(new CookieContainerHandler(jar)).InEnglish();
        using var signedIn = await browser.SignInAsync(ManagerAccess.AdminEmail, ManagerAccess.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (browser, jar);
    }

    /// <summary>The same browser after its antiforgery cookie was lost: the session and every other cookie stay.</summary>
    private static HttpClient WithoutAntiforgeryCookie(MassarApp app, CookieContainer jar)
    {
        var kept = new CookieContainer();
        foreach (var cookie in jar.GetAllCookies().Where(c => !c.Name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)))
        {
            kept.Add(cookie);
        }
        return app.CreateDefaultClient(new CookieContainerHandler(kept)).InEnglish();
    }
}
