using System.Globalization;
using MassarDalil.BrowserTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace MassarDalil.BrowserTests;

/// <summary>
/// An editor on a phone, in Arabic, schedules a guide for a minute ahead; it appears on the site on time by itself.
/// The site's clock is one the test moves, so the minute passes without being waited for.
/// </summary>
public class ScheduleBrowserTests
{
    private const string AdminEmail = "admin@massar.test";
    private const string AdminPassword = "Admin-pass-2026!";

    [SkippableFact]
    public async Task AGuideScheduledAMinuteAheadAppearsOnTime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var session = await BrowserSession.StartAsync(390, 844, new Dictionary<string, string?>
        {
            ["Admin:Email"] = AdminEmail, ["Admin:Password"] = AdminPassword, ["Schedules:PollInterval"] = "00:00:01",
        }, services: s => s.AddSingleton<TimeProvider>(clock));
        var page = session.Page;
        await page.Context.AddCookiesAsync([new Cookie { Name = "manager-lang", Value = "ar", Url = session.Site.BaseUrl }]);
        await page.GotoAsync("/manager/login");
        await page.Locator("#email").FillAsync(AdminEmail);
        await page.Locator("#password").FillAsync(AdminPassword);
        await page.Locator("#login-form button[type='submit']").ClickAsync();

        await page.GotoAsync("/manager/guides/new");
        await page.Locator("#f-title").FillAsync("يوم النتائج");
        await page.Locator("#f-slug").FillAsync("يوم-النتائج");
        await page.Locator("#new-guide-form button[type='submit']").ClickAsync();
        await page.Locator("#f-body").FillAsync("تظهر **النتائج** في فضاء التلميذ.");
        await page.Locator("button[name='command'][value='save']").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();

        await page.Locator(".links a[href^='/manager/schedule/']").ClickAsync();
        // The next whole minute in Morocco, at least 20 s away so the form is saved before it comes.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");
        var due = TimeZoneInfo.ConvertTime(clock.GetUtcNow().AddSeconds(80), zone);
        var minute = due.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        await page.Locator("#f-publishat").FillAsync(minute);
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("#schedule-form button[type='submit']").ClickAsync();
        await Assertions.Expect(page.Locator("#scheduled-publish")).ToContainTextAsync("تُنشر في");

        await using var visitorContext = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.Site.BaseUrl });
        var visitor = await visitorContext.NewPageAsync();
        var response = await visitor.GotoAsync("/ar/يوم-النتائج");
        Assert.Equal(404, response!.Status);

        // The site's clock jumps to a few seconds before the minute, where the page must still be missing, then moves a
        // second at a time; between two steps the visitor reloads, which gives the round the step set off real time to
        // run. The page must not appear before the minute, and must within a few rounds after it. (A second at a time
        // from the start cost 80 reloads, a quarter of a minute of the machine, to check the same seconds-before.)
        var dueAt = new DateTimeOffset(due.Year, due.Month, due.Day, due.Hour, due.Minute, 0, due.Offset);
        clock.Advance(dueAt.AddSeconds(-5) - clock.GetUtcNow());
        response = await visitor.ReloadAsync();
        Assert.Equal(404, response!.Status);
        while (response!.Status != 200 && clock.GetUtcNow() < dueAt.AddSeconds(10))
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            response = await visitor.ReloadAsync();
        }
        var appeared = clock.GetUtcNow();
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("يوم النتائج");
        Assert.InRange(appeared, dueAt, dueAt.AddSeconds(10));
    }
}
