using System.Net;
using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

/// <summary>The manager's Redirects page: editors list, add and remove a site's old addresses.</summary>
public class RedirectPagesTests
{
    [Fact]
    public async Task AnEditorAddsARedirectVisitorsFollowItAndRemovingItMakesTheAddressAPageNotFound()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var guide = await editor.CreateAndPublishGuideAsync("en", "activate-account");
        var page = await editor.GetDocumentAsync("/manager/redirects?site=en");

        using var added = await editor.SubmitAsync(page, "#new-redirect-form", new Dictionary<string, string>
        {
            ["Input.From"] = "/en/old-activation", ["Input.To"] = guide.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var visitor = app.CreateVisitor();
        using var followed = await visitor.GetAsync("/en/old-activation?from=mail");
        Assert.Equal(HttpStatusCode.MovedPermanently, followed.StatusCode);
        Assert.Equal("/en/activate-account?from=mail", followed.Location());
        var list = await editor.GetDocumentAsync(added.Location()!);
        var row = list.QuerySelector("#redirects tbody tr")!;
        Assert.Contains("/en/old-activation", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("By an editor", row.TextContent, StringComparison.Ordinal);

        var removeForm = list.QuerySelector("form[id^='remove-redirect-']")!.Id!;
        using var removed = await editor.SubmitAsync(list, "#" + removeForm);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        using var gone = await visitor.GetAsync("/en/old-activation");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var audit = await app.WithDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Action.StartsWith("redirect-"))
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.Actor, a.Target }).ToListAsync());
        Assert.Equal(
            [(AuditActions.RedirectAdd, ManagerAccess.EditorEmail, "en/old-activation"), (AuditActions.RedirectRemove, ManagerAccess.EditorEmail, "en/old-activation")],
            audit.Select(a => (a.Action, a.Actor, a.Target)));
    }

    [Theory]
    [InlineData("faq", "This address is reserved for the site.")]
    [InlineData("search", "This address is reserved for the site.")]
    [InlineData("Old Guide", "Use Arabic or lower-case Latin letters, digits and single hyphens.")]
    [InlineData("old--guide", "Use Arabic or lower-case Latin letters, digits and single hyphens.")]
    [InlineData("", "Use Arabic or lower-case Latin letters, digits and single hyphens.")]
    [InlineData("activate-account", "An address cannot redirect to itself.")]
    [InlineData("/en/activate-account", "An address cannot redirect to itself.")]
    [InlineData("other-live-guide", "A published page has this address: only an address no page uses can redirect.")]
    [InlineData("taken", "This address already redirects. Remove that redirect first.")]
    public async Task ABadOldAddressGetsAFieldMessageAndNothingIsStored(string from, string message)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var guide = await editor.CreateAndPublishGuideAsync("en", "activate-account");
        await editor.CreateAndPublishGuideAsync("en", "other-live-guide", translationKey: "other");
        var other = await editor.CreateAndPublishGuideAsync("en", "taken", translationKey: "third");
        await editor.PublishGuideAtAsync(other, "third-guide");
        var before = await app.WithDbAsync(db => db.Redirects.CountAsync());
        var page = await editor.GetDocumentAsync("/manager/redirects?site=en");

        using var response = await editor.SubmitAsync(page, "#new-redirect-form", new Dictionary<string, string>
        {
            ["Input.From"] = from, ["Input.To"] = guide.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var shown = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, shown.QuerySelector(".field.invalid .field-error")!.TextContent);
        Assert.Equal(from, shown.QuerySelector("#f-from")!.GetAttribute("value") ?? "");
        Assert.Equal(before, await app.WithDbAsync(db => db.Redirects.CountAsync()));
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("")]
    public async Task ATargetThatIsNotAPublishedPageOfTheSiteIsRefused(string to)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var arabicGuide = await editor.CreateAndPublishGuideAsync("ar", "تفعيل-الحساب");
        var page = await editor.GetDocumentAsync("/manager/redirects?site=en");

        foreach (var target in new[] { to, arabicGuide.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            using var response = await editor.SubmitAsync(page, "#new-redirect-form", new Dictionary<string, string>
            {
                ["Input.From"] = "old-guide", ["Input.To"] = target,
            });

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var shown = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
            Assert.Equal("Choose a published page of this site.", shown.QuerySelector(".field.invalid .field-error")!.TextContent);
        }
        Assert.False(await app.WithDbAsync(db => db.Redirects.AnyAsync()));
    }

    [Fact]
    public async Task TheRedirectsPageIsInTheManagerNavigationAndItsFormsCarryAntiforgery()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();

        var page = await editor.GetDocumentAsync("/manager/redirects");

        Assert.NotNull(page.QuerySelector(".manager-nav a[href='/manager/redirects']"));
        Assert.Equal("التحويلات", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("#new-redirect-form input[name='__RequestVerificationToken']"));
        using var forged = await editor.PostAsync("/manager/redirects?site=ar",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.From"] = "old-faq", ["Input.To"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Redirects.AnyAsync()));
    }

    [Fact]
    public async Task TheGuideEditorWarnsThatPublishingANewAddressLeavesARedirect()
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).InEnglish();
        var id = await editor.CreateAndPublishGuideAsync("en", "old-guide");
        var before = await editor.GetDocumentAsync($"/manager/page/{id}");
        Assert.Null(before.QuerySelector("#slug-change-warning"));

        await editor.SaveGuideAsync(id, new Dictionary<string, string> { ["Input.Slug"] = "new-guide", ["command"] = "save" });

        var editorPage = await editor.GetDocumentAsync($"/manager/page/{id}");
        Assert.Equal("Publishing moves this guide from \u2066/en/old-guide\u2069 to \u2066/en/new-guide\u2069. The old address will redirect to the new one.",
            editorPage.QuerySelector("#slug-change-warning")!.TextContent);
        Assert.Equal("old-guide", editorPage.QuerySelector("button[value='publish']")!.GetAttribute("data-published-slug"));
    }
}
