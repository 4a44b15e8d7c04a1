using MassarDalil.Content.Audit;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager;

namespace MassarDalil.Tests.Manager;

/// <summary>The audit log, counts and seed dates as the editor reads them: in the manager's language and sensible.</summary>
public class AuditWordsTests
{
    [Theory]
    [InlineData("publish", "revision 3", "المراجعة 3", "revision 3")]
    [InlineData("save", "draft version 12", "نسخة المسودة 12", "draft version 12")]
    [InlineData("restore", "revision 2 as draft version 7", "المراجعة 2 صارت نسخة المسودة 7", "revision 2 as draft version 7")]
    [InlineData("import", "pages 4 added, 0 changed, 0 unchanged, 0 removed; topics 11 added, 0 changed, 0 unchanged, 0 removed; questions 101 added, 0 changed, 0 unchanged, 0 removed",
        "إضافة: 4 صفحات، 11 موضوعًا، 101 سؤال", "added 4 pages, 11 topics, 101 questions")]
    [InlineData("import", "pages 0 added, 1 changed, 3 unchanged, 0 removed; topics 0 added, 2 changed, 7 unchanged, 0 removed; questions 1 added, 3 changed, 30 unchanged, 2 removed",
        "إضافة: سؤال واحد؛ تعديل: صفحة واحدة، موضوعان، 3 أسئلة؛ حذف: سؤالان", "added 1 question; changed 1 page, 2 topics, 3 questions; removed 2 questions")]
    [InlineData("create", "guide", "دليل", "Guide")]
    [InlineData("user-create", "role Editor", "الدور: محرر", "role: Editor")]
    [InlineData("user-change", "role Admin", "الدور: مسؤول", "role: Admin")]
    [InlineData("user-change", "disabled", "الحساب معطَّل", "Account disabled")]
    [InlineData("user-change", "enabled", "الحساب مفعَّل", "Account enabled")]
    [InlineData("user-change", "unlocked", "رُفع الحظر عن الحساب", "Account unlocked")]
    [InlineData("user-change", "password reset", "كلمة مرور مؤقتة جديدة", "New one-time password")]
    [InlineData("sign-in-failed", "wrong password", "كلمة مرور خاطئة", "Wrong password")]
    [InlineData("sign-in-failed", "unknown account", "حساب غير موجود", "Unknown account")]
    [InlineData("sign-in-failed", "account disabled", "الحساب معطَّل", "Account disabled")]
    [InlineData("sign-in-failed", "locked out", "الحساب مقفل", "Locked out")]
    [InlineData("sign-in-failed", "too many attempts", "محاولات كثيرة جدًا", "Too many attempts")]
    [InlineData("synonyms", "create: massar, مسار", "أُضيفت: massar, مسار", "Added: massar, مسار")]
    [InlineData("synonyms", "delete: wali, ولي", "حُذفت: wali, ولي", "Deleted: wali, ولي")]
    [InlineData("publish", "something older versions wrote", "something older versions wrote", "something older versions wrote")]
    public async Task TheAuditPageShowsDetailsInTheManagersLanguage(string action, string stored, string arabic, string english)
    {
        using var app = ManagerAccess.NewApp();
        await app.WithDbAsync(async db =>
        {
            db.Audit.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "someone@massar.test", Action = action, Target = "the-target", Details = stored });
            return await db.SaveChangesAsync();
        });
        var admin = await app.SignedInAsync();

        var inArabic = await admin.GetDocumentAsync("/manager/audit?who=someone%40massar.test");
        var inEnglish = await (await app.SignedInAsync()).InEnglish().GetDocumentAsync("/manager/audit?who=someone%40massar.test");

        Assert.Equal(arabic, inArabic.QuerySelector("tbody tr td[data-label='التفاصيل'] bdi")?.TextContent);
        Assert.Equal(english, inEnglish.QuerySelector("tbody tr td[data-label='Details'] bdi")?.TextContent);
    }

    [Fact]
    public async Task TheSeedImportAndARealFailedSignInReadInArabicOnTheAuditPage()
    {
        using var app = ManagerAccess.NewApp();
        await app.CreateBrowser().SignInAsync(ManagerAccess.AdminEmail, "not the password at all");
        var admin = await app.SignedInAsync();

        var page = await admin.GetDocumentAsync("/manager/audit");

        var details = page.QuerySelectorAll("tbody tr td:last-child bdi").Select(d => d.TextContent).ToList();
        Assert.Contains("كلمة مرور خاطئة", details);
        var import = Assert.Single(details, d => d.Contains("صفحات", StringComparison.Ordinal));
        Assert.StartsWith("إضافة: 6 صفحات، ", import);
        Assert.DoesNotMatch("[A-Za-z]", import);
    }

    [Fact]
    public async Task ASitesTextsAndNavigationAreNamedAsTheirPagesNameThemNotByTheirKeys()
    {
        // The seed publishes every site's texts and navigation, stored as "ar/_texts", "fr/_navigation".
        using var app = ManagerAccess.NewApp();
        var arabic = await app.SignedInAsync();
        var english = (await app.SignedInAsync()).InEnglish();

        var auditInArabic = (await arabic.GetDocumentAsync("/manager/audit")).QuerySelectorAll("tbody tr td:nth-child(4) bdi").Select(b => b.TextContent).ToList();
        var auditInEnglish = (await english.GetDocumentAsync("/manager/audit")).QuerySelectorAll("tbody tr td:nth-child(4) bdi").Select(b => b.TextContent).ToList();
        var dashboard = (await arabic.GetDocumentAsync("/manager")).QuerySelector(".activity")!;

        Assert.Contains("نصوص الموقع: العربية", auditInArabic);
        Assert.Contains("التنقل: الفرنسية", auditInArabic);
        Assert.Contains("Site texts: English", auditInEnglish);
        Assert.Contains("Navigation: Arabic", auditInEnglish);
        Assert.Contains("ar/faq", auditInEnglish);
        Assert.Contains("التنقل: الفرنسية", dashboard.TextContent, StringComparison.Ordinal);
        Assert.All(auditInArabic.Concat(auditInEnglish).Append(dashboard.TextContent), text => Assert.DoesNotContain("/_", text, StringComparison.Ordinal));
        // Named in Arabic, a target takes the direction of its first letter; keys and addresses stay left to right.
        Assert.All(dashboard.QuerySelectorAll("li"), item => Assert.Equal("auto", item.QuerySelectorAll("bdi")[^1].GetAttribute("dir")));
    }

    [Theory]
    [InlineData(1, "1 time", "مرة واحدة")]
    [InlineData(2, "2 times", "مرتان")]
    [InlineData(3, "3 times", "3 مرات")]
    [InlineData(10, "10 times", "10 مرات")]
    [InlineData(11, "11 times", "11 مرة")]
    [InlineData(99, "99 times", "99 مرة")]
    [InlineData(100, "100 times", "100 مرة")]
    [InlineData(103, "103 times", "103 مرات")]
    [InlineData(0, "0 times", "0 مرة")]
    public void CountsTakeTheirPluralFormInEachLanguage(int count, string english, string arabic)
    {
        Assert.Equal(english, ManagerWords.In("en", T => T.Count(count, ManagerPlurals.Times)));
        Assert.Equal(arabic, ManagerWords.In("ar", T => T.Count(count, ManagerPlurals.Times)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void EveryPhraseWithACountSaysTheNumberBeyondTwo(string language)
    {
        // One and two may be spelt out ("مرتان"); from three on, the number is written.
        foreach (var plural in ManagerPlurals.All)
        {
            foreach (var n in new[] { 3, 11, 100, 0 })
            {
                Assert.Contains(n.ToString(System.Globalization.CultureInfo.InvariantCulture), ManagerWords.In(language, T => T.Count(n, plural, "x")), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task TheDashboardSaysOnceNotOneTimesForASearchSeenOnce()
    {
        using var app = ManagerAccess.NewApp();
        await app.WithDbAsync(async db =>
        {
            db.UnansweredSearches.Add(new UnansweredSearch
            {
                Language = "en", Text = "zzqx", Day = DateOnly.FromDateTime(DateTime.UtcNow), Count = 1, LastSeenAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var arabic = await app.SignedInAsync();
        var english = (await app.SignedInAsync()).InEnglish();

        var inArabic = (await arabic.GetDocumentAsync("/manager")).QuerySelector("a[href*='zzqx']")!.ParentElement!.TextContent;
        var inEnglish = (await english.GetDocumentAsync("/manager")).QuerySelector("a[href*='zzqx']")!.ParentElement!.TextContent;

        Assert.Contains("· مرة واحدة", inArabic);
        Assert.EndsWith("· 1 time", inEnglish.Trim());
    }

    [Fact]
    public async Task SeedSynonymsShowTheyCameWithTheSeedNotA1970Date()
    {
        using var app = ManagerAccess.NewApp();
        var admin = await app.SignedInAsync();

        var arabic = await admin.GetDocumentAsync("/manager/synonyms");
        var english = await (await app.SignedInAsync()).InEnglish().GetDocumentAsync("/manager/synonyms");

        var cells = arabic.QuerySelectorAll("td[data-label='آخر تعديل']").Select(c => c.TextContent.Trim()).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.Equal("استُورد مع المحتوى الأولي", c));
        Assert.DoesNotContain("1970", arabic.Body!.TextContent);
        Assert.Contains("Imported with the seed", english.Body!.TextContent);
        Assert.DoesNotContain("1970", english.Body!.TextContent);
    }
}
