using System.Text.RegularExpressions;
using MassarDalil.BrowserTests.Support;
using MassarDalil.Content.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static MassarDalil.BrowserTests.ManagerTests;

namespace MassarDalil.BrowserTests;

/// <summary>
/// A failed save keeps the editor's text: what was typed before the session ended or the form expired is offered back
/// in the same browser tab, and a save that worked leaves nothing to offer.
/// </summary>
public partial class KeptTextBrowserTests
{
    private const string Typed = "Typed before the session ended: ask the school office for your username.";
    private const string Notice = "Your last changes were not saved. They are kept in this browser tab.";

    [SkippableFact]
    public async Task TextTypedBeforeTheSessionEndedIsPutBackAfterSigningInAgainAndSaved()
    {
        await using var session = await StartAsync();
        var faqId = await PageIdAsync(session, "en");
        var question = $"/manager/faq/{faqId}/question/forgot-username";
        var page = session.Page;
        await SignInAsync(page, EditorEmail, EditorPassword);
        await page.GotoAsync(question);
        await page.Locator("textarea[name='Input.Answer']").FillAsync(Typed);

        // The same account signs out in another browser: every session of it ends, this tab's too.
        await using (var elsewhere = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.Site.BaseUrl }))
        {
            var other = await elsewhere.NewPageAsync();
            await SignInAsync(other, EditorEmail, EditorPassword);
            await other.Locator("form[action='/manager/logout'] button").ClickAsync();
            await Assertions.Expect(other.Locator("#login-form")).ToBeVisibleAsync();
        }
        await page.Locator("button[name='command'][value='save'].primary").ClickAsync();
        await Assertions.Expect(page.Locator("#login-form")).ToBeVisibleAsync();
        await SignInHereAsync(page);

        await Assertions.Expect(page).ToHaveURLAsync(session.Site.BaseUrl + question);
        var notice = page.Locator("#question-form .kept-text");
        await Assertions.Expect(notice).ToContainTextAsync(Notice);
        Assert.NotEqual(Typed, await page.Locator("textarea[name='Input.Answer']").InputValueAsync());
        await ExpectNoViolationsAsync(page, "kept-text-notice", "en");
        await notice.GetByRole(AriaRole.Button, new() { Name = "Put them back" }).ClickAsync();
        await Assertions.Expect(page.Locator("textarea[name='Input.Answer']")).ToHaveValueAsync(Typed);
        await Assertions.Expect(notice).ToHaveCountAsync(0);
        await page.Locator("button[name='command'][value='save'].primary").ClickAsync();

        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Draft saved");
        await Assertions.Expect(page.Locator(".kept-text")).ToHaveCountAsync(0);
        Assert.Equal(Typed, await StoredAnswerAsync(session, faqId, "forgot-username"));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("textarea[name='Input.Answer']")).ToHaveValueAsync(Typed);
        await Assertions.Expect(page.Locator(".kept-text")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task AFormThatExpiredLeadsBackToItsPageWhereTheTextIsOfferedAndASecondSignInTabSignsInAgain()
    {
        await using var session = await StartAsync();
        var faqId = await PageIdAsync(session, "en");
        var page = session.Page;
        var second = await session.Context.NewPageAsync();
        await page.GotoAsync("/manager/login");
        await second.GotoAsync("/manager/login");
        await SignInHereAsync(page, expectSignedIn: true);
        await SignInHereAsync(second, expectSignedIn: false);
        await Assertions.Expect(second.Locator("#warning")).ToContainTextAsync("The sign-in form had expired");
        await Assertions.Expect(second).ToHaveURLAsync(session.Site.BaseUrl + "/manager/login");

        await page.GotoAsync($"/manager/faq/{faqId}?open=forgot-username");
        var answer = page.Locator("details[data-key='forgot-username'] textarea[name$='.Answer']");
        await answer.FillAsync(Typed);
        await session.Context.ClearCookiesAsync(new() { NameRegex = AntiforgeryCookie() });
        await page.Locator("button[name='command'][value='save'].primary").ClickAsync();

        await Assertions.Expect(page.Locator("#warning")).ToContainTextAsync("this form had expired");
        await page.Locator("#faq-form .kept-text").GetByRole(AriaRole.Button, new() { Name = "Put them back" }).ClickAsync();
        await Assertions.Expect(answer).ToBeFocusedAsync();
        await Assertions.Expect(answer).ToHaveValueAsync(Typed);
        await page.Locator("button[name='command'][value='save'].primary").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Draft saved");
        Assert.Equal(Typed, await StoredAnswerAsync(session, faqId, "forgot-username"));
        await Assertions.Expect(page.Locator(".kept-text")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task ASaveThatWorkedLeavesNothingToOfferEvenWhenTheServerChangedWhatWasTyped()
    {
        await using var session = await StartAsync();
        var page = session.Page;
        await SignInAsync(page, EditorEmail, EditorPassword);
        await page.GotoAsync("/manager/guides/new");
        await page.Locator("input[name='Input.Title']").FillAsync("  Kept text  ");
        await page.Locator("input[name='Input.Slug']").FillAsync("kept-text");
        await page.Locator("#new-guide-form button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        // The flash is in the page's HTML; the copy goes when the page's script has read which post the server
        // handled, before DOMContentLoaded. Leaving sooner (a full run's load once did) tests a page not loaded yet.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        // The form the copy was made from is empty again: had the save not arrived, this is where it would be offered.
        await page.GotoAsync("/manager/guides/new");
        await Assertions.Expect(page.Locator("#new-guide-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".kept-text")).ToHaveCountAsync(0);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => sessionStorage.length"));
    }

    private static async Task<BrowserSession> StartAsync()
    {
        var session = await BrowserSession.StartAsync(390, 844, Settings);
        await AddEditorAsync(session);
        await session.Context.AddCookiesAsync([new Cookie { Name = "manager-lang", Value = "en", Url = session.Site.BaseUrl + "/manager" }]);
        return session;
    }

    /// <summary>Signs in on the sign-in form this page shows, as the editor sent there.</summary>
    private static async Task SignInHereAsync(IPage page, bool expectSignedIn = true)
    {
        await page.Locator("#email").FillAsync(EditorEmail);
        await page.Locator("#password").FillAsync(EditorPassword);
        await page.Locator("#login-form button[type='submit']").ClickAsync();
        if (expectSignedIn)
        {
            await Assertions.Expect(page.Locator("#login-form")).ToHaveCountAsync(0);
        }
    }

    private static async Task<string> StoredAnswerAsync(BrowserSession session, int pageId, string key)
    {
        await using var scope = session.Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var stored = await db.Pages.AsNoTracking().SingleAsync(p => p.Id == pageId);
        return stored.Draft.AllQuestions.Single(q => q.Key == key).Answer;
    }

    [GeneratedRegex(@"^\.AspNetCore\.Antiforgery\.")]
    private static partial Regex AntiforgeryCookie();
}
