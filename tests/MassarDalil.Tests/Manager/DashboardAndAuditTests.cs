using MassarDalil.Content.Audit;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

public class DashboardAndAuditTests
{
    [Fact]
    public async Task DashboardListsEachSitesPagesWithStateAndTranslationGaps()
    {
        using var app = ManagerAccess.NewApp();
        var editor = await app.EditorAsync();
        var en = await app.PageIdAsync("en");
        var form = await editor.GetDocumentAsync($"/manager/faq/{en}");
        using var added = await editor.SaveFaqAsync(form, "add-question:0", new Dictionary<string, string>());
        var withNew = await Html.ParseAsync(await added.Content.ReadAsStringAsync(), $"http://localhost/manager/faq/{en}");
        var fresh = withNew.QuerySelector("details.question-editor[data-key='']")!;
        using var saved = await editor.SaveFaqAsync(withNew, "save", new Dictionary<string, string>
        {
            [fresh.QuerySelector("[name$='.Question']")!.GetAttribute("name")!] = "Is there an app?",
            [fresh.QuerySelector("[name$='.Answer']")!.GetAttribute("name")!] = "Yes.",
        });

        var dashboard = await editor.GetDocumentAsync("/manager");

        var english = dashboard.QuerySelector("#site-en")!.ParentElement!;
        var faqCard = english.QuerySelectorAll(".page-card").Single(c => c.QuerySelector(".page-title")!.GetAttribute("href") == $"/manager/faq/{en}");
        Assert.NotNull(faqCard.QuerySelector(".state.waiting"));
        Assert.Contains(ManagerAccess.EditorEmail, faqCard.QuerySelector(".meta")!.TextContent);
        var arabicFaq = await app.PageIdAsync("ar");
        Assert.Equal($"/manager/faq/{arabicFaq}#missing", faqCard.QuerySelector(".gap a")!.GetAttribute("href"));
        Assert.Contains(ManagerAccess.EditorEmail, dashboard.QuerySelector(".activity")!.TextContent);

        var arabicEditor = await editor.GetDocumentAsync($"/manager/faq/{arabicFaq}");
        Assert.NotNull(arabicEditor.QuerySelector("#missing button[value='add-missing:is-there-an-app']"));
    }

    [Fact]
    public async Task AdministratorsReadTheAuditLogOfSignInsAndChanges()
    {
        using var app = ManagerAccess.NewApp();
        using (var failed = await app.CreateBrowser().SignInAsync(ManagerAccess.AdminEmail, "wrong password!"))
        {
            Assert.True(failed.IsSuccessStatusCode);
        }
        var admin = await app.SignedInAsync();

        var log = await admin.GetDocumentAsync("/manager/audit");
        var rows = log.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        var onlyFailures = await admin.GetDocumentAsync($"/manager/audit?action={AuditActions.SignInFailed}");

        // The seed's import, by and on "the seed" (named in the manager's language, not as the stored code "seed").
        Assert.Contains(rows, r => r.Contains("المحتوى الأولي", StringComparison.Ordinal) && !r.Contains("seed", StringComparison.Ordinal));
        Assert.True(rows.Count >= 3);
        Assert.Single(onlyFailures.QuerySelectorAll("tbody tr"));
    }
}
