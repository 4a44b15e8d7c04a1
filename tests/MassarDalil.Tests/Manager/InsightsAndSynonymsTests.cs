using System.Net;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Tests.Manager;

public class InsightsAndSynonymsTests
{
    [Theory]
    [InlineData("/manager/insights/searches")]
    [InlineData("/manager/insights/answers")]
    [InlineData("/manager/synonyms")]
    [InlineData("/manager/synonyms/1")]
    public async Task AnonymousVisitorsAreSentToSignIn(string path)
    {
        using var app = ManagerAccess.NewApp();

        using var response = await app.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/manager/login?ReturnUrl=", response.Location());
    }

    [Theory]
    [InlineData("/manager/insights/searches", "عمليات بحث بلا نتائج")]
    [InlineData("/manager/insights/answers", "الإجابات الأقل إفادة")]
    [InlineData("/manager/synonyms", "مرادفات البحث")]
    public async Task AnEditorOpensTheInsightAndSynonymPagesFromTheNavigation(string path, string heading)
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();

        var page = await editor.GetDocumentAsync(path);

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        var nav = page.QuerySelectorAll(".manager-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/manager/insights/searches", nav);
        Assert.Contains("/manager/synonyms", nav);
    }

    [Fact]
    public async Task ASearchThatFoundNothingShowsOnTheSearchesPageWithItsCount()
    {
        using var app = ManagerAccess.NewApp();
        var visitor = app.CreateVisitor();
        await visitor.GetDocumentAsync("/en/search?q=Zanzibar");
        await visitor.GetDocumentAsync("/en/search?q=zanzibar");
        var editor = await app.EditorAsync();

        var page = await editor.GetDocumentAsync("/manager/insights/searches");
        var arabicOnly = await editor.GetDocumentAsync("/manager/insights/searches?language=ar");

        var row = Assert.Single(page.QuerySelectorAll("#unanswered tbody tr"));
        Assert.Equal("zanzibar", row.QuerySelector("bdi")!.TextContent);
        Assert.Equal("2", row.QuerySelector("td.count")!.TextContent);
        var links = row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/en/search?q=zanzibar", links);
        Assert.Contains($"/manager/faq/{await app.PageIdAsync("en")}", links);
        Assert.Empty(arabicOnly.QuerySelectorAll("#unanswered tbody tr"));
        var dashboard = await editor.GetDocumentAsync("/manager");
        Assert.Contains("zanzibar", dashboard.QuerySelector("#top-unanswered")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/manager/insights/searches")]
    [InlineData("/manager/insights/answers")]
    public async Task TheLanguageFilterOffersEverySiteInTheSitesOrder(string path)
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();

        var french = await editor.GetDocumentAsync(path + "?language=fr");

        var choices = french.QuerySelectorAll("select[name=language] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "ar", "en", "fr"], choices);
        Assert.Equal("fr", french.QuerySelector("select[name=language] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AFrenchSearchThatFoundNothingIsListedUnderFrenchOnly()
    {
        using var app = ManagerAccess.NewApp();
        await app.CreateVisitor().GetDocumentAsync("/fr/search?q=zanzibar");
        var editor = await app.EditorAsync();

        var french = await editor.GetDocumentAsync("/manager/insights/searches?language=fr");
        var english = await editor.GetDocumentAsync("/manager/insights/searches?language=en");

        Assert.Equal("zanzibar", Assert.Single(french.QuerySelectorAll("#unanswered tbody tr")).QuerySelector("bdi")!.TextContent);
        Assert.Empty(english.QuerySelectorAll("#unanswered tbody tr"));
    }

    [Fact]
    public async Task ANoVoteWithAReasonShowsOnTheAnswersPage()
    {
        using var app = ManagerAccess.NewApp();
        var visitor = app.CreateVisitor();
        visitor.DefaultRequestHeaders.Add("Origin", "http://localhost");
        var faq = await visitor.GetDocumentAsync("/ar/faq");
        using (var no = await visitor.SubmitAsync(faq, "#feedback-pass-mark form", new Dictionary<string, string> { ["helpful"] = "no" }))
        {
            var why = await visitor.GetDocumentAsync(no.Location()!);
            using var reason = await visitor.SubmitAsync(why, "#feedback-pass-mark form", new Dictionary<string, string> { ["reason"] = "outdated" });
            Assert.Equal(HttpStatusCode.SeeOther, reason.StatusCode);
        }
        var editor = await app.EditorAsync();

        var page = await editor.GetDocumentAsync("/manager/insights/answers");

        var row = Assert.Single(page.QuerySelectorAll("#least-helpful tbody tr"));
        Assert.Equal(["0", "1", "0%"], row.QuerySelectorAll("td.count").Select(c => c.TextContent.Replace(" ", "", StringComparison.Ordinal)).ToList());
        Assert.Contains("قديمة: 1", row.QuerySelector(".reasons")!.TextContent, StringComparison.Ordinal);
        var links = row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/ar/faq/pass-mark", $"/manager/faq/{await app.PageIdAsync("ar")}/question/pass-mark"], links);
    }

    [Fact]
    public async Task AddingASynonymGroupMakesSearchFindTheQuestionByTheNewVariant()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var form = await editor.GetDocumentAsync("/manager/synonyms");

        using var response = await editor.SubmitAsync(form, "#new-terms-form", new Dictionary<string, string> { ["Terms"] = "zorglub\nNFC" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/manager/synonyms", response.Location());
        var list = await editor.GetDocumentAsync("/manager/synonyms");
        Assert.Contains(list.QuerySelectorAll("#synonym-groups td.terms"), t => t.TextContent.Contains("zorglub", StringComparison.Ordinal));
        var audit = await app.WithDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Action == SynonymService.AuditAction).ToListAsync());
        Assert.Equal(ManagerAccess.EditorEmail, Assert.Single(audit).Actor);

        // The index rebuilds in the background once the content version has risen.
        var visitor = app.CreateVisitor();
        var found = new List<string?>();
        await Eventually.WithinAsync(TimeSpan.FromSeconds(10), async () =>
        {
            var results = await visitor.GetDocumentAsync("/en/search?q=zorglub");
            found = results.QuerySelectorAll(".search-results .results li > a").Select(a => a.GetAttribute("href")).ToList();
            return found.Contains("/en/faq#nfc-who-can-use");
        }, pollMs: 100);
        Assert.Contains("/en/faq#nfc-who-can-use", found);
    }

    [Fact]
    public async Task AnInvalidSynonymGroupKeepsTheTypedTextAndShowsTheMessage()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var form = await editor.GetDocumentAsync("/manager/synonyms");
        var before = form.QuerySelectorAll("#synonym-groups tbody tr").Length;

        using var response = await editor.SubmitAsync(form, "#new-terms-form", new Dictionary<string, string> { ["Terms"] = "moutamadris" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var field = page.QuerySelector("#new-terms")!;
        Assert.Equal("moutamadris", field.TextContent);
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal("اكتب كتابتين على الأقل، مفصولتين بفاصلة أو في سطرين.", page.QuerySelector("#new-terms-error")!.TextContent);
        Assert.Contains("new-terms-error", field.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(before, page.QuerySelectorAll("#synonym-groups tbody tr").Length);
    }

    [Fact]
    public async Task AnEditorChangesAGroupAndDeletesIt()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var id = await app.WithDbAsync(db => db.SynonymGroups.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
        var edit = await editor.GetDocumentAsync($"/manager/synonyms/{id}");

        using var saved = await editor.SubmitAsync(edit, "#group-terms-form", new Dictionary<string, string> { ["Terms"] = "massar, masar, مسار، messar" });
        var list = await editor.GetDocumentAsync(saved.Location()!);
        using var deleted = await editor.SubmitAsync(list, $"#delete-group-{id}");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/manager/synonyms", deleted.Location());
        var actions = await app.WithDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Action == SynonymService.AuditAction).Select(a => a.Details).ToListAsync());
        Assert.Equal(2, actions.Count);
        Assert.Contains(actions, a => a!.Contains("messar", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.SynonymGroups.AnyAsync(g => g.Id == id)));
    }

    [Fact]
    public async Task TheDashboardShowsThreeAccessibleChartsAndLinksToTheFullLists()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();

        var dashboard = await editor.GetDocumentAsync("/manager");

        var charts = dashboard.QuerySelectorAll(".insights svg[role=img]");
        Assert.Equal(3, charts.Length);
        Assert.All(charts, c => Assert.False(string.IsNullOrWhiteSpace(c.QuerySelector("title")?.TextContent)));
        Assert.Contains("عدد الأسئلة المنشورة", charts[0].QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        var links = dashboard.QuerySelectorAll(".insights a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/manager/insights/searches", links);
        Assert.Contains("/manager/insights/answers", links);
    }

    [Theory]
    [InlineData("en", "Insights")]
    [InlineData("ar", "مؤشرات")]
    public async Task TheDashboardsChartsAreHeadedAsTheMenuNamesTheirPagesNotAsImages(string language, string heading)
    {
        using var app = ManagerAccess.NewApp();
        var editor = (await app.EditorAsync()).In(language);

        var dashboard = await editor.GetDocumentAsync("/manager");

        Assert.Equal(heading, dashboard.QuerySelector("#insights-title")!.TextContent);
        Assert.Equal(heading, dashboard.QuerySelector("nav a[href='/manager/insights/searches']")!.TextContent);
        Assert.DoesNotContain(dashboard.QuerySelectorAll("h2"), h => h.TextContent is "Pictures" or "Images" or "رسوم بيانية");
    }
}
