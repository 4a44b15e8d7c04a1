using System.Net;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Manager;

public class SessionTests
{
    public static TheoryData<string> ManagerPages => SignInTests.ManagerPages;

    [Theory]
    [MemberData(nameof(ManagerPages))]
    public async Task ACookieCopiedBeforeSignOutOpensNoManagerPageAfterIt(string path)
    {
        using var app = ManagerAccess.NewApp();
        var browser = app.CreateBrowser();
        using var signIn = await browser.SignInAsync(ManagerAccess.AdminEmail, ManagerAccess.AdminPassword);
        var copy = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        using (var before = await copy.GetAsync(path))
        {
            Assert.False(IsSentToLogin(before), $"the copied cookie did not open {path} before sign-out");
        }

        var dashboard = await browser.GetDocumentAsync("/manager");
        using var signOut = await browser.SubmitAsync(dashboard, "form[action='/manager/logout']");
        using var after = await copy.GetAsync(path);

        Assert.Equal("/manager/login", signOut.Location());
        Assert.True(IsSentToLogin(after), $"{path} gave {(int)after.StatusCode} {after.Location()} to a cookie copied before sign-out");
        // The owner can sign in again at once.
        var again = await app.SignedInAsync();
        using var dashboardAgain = await again.GetAsync("/manager");
        Assert.Equal(HttpStatusCode.OK, dashboardAgain.StatusCode);
    }

    [Theory]
    [InlineData(null, 12 * 60)]
    [InlineData("02:00:00", 2 * 60)]
    [InlineData("00:45:00", 45)]
    public async Task ABusySessionStillEndsItsAbsoluteLifetimeAfterSignIn(string? configured, int minutes)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var app = ManagerAccess.NewApp(
            configured is null ? null : new() { ["ManagerSession:AbsoluteLifetime"] = configured },
            services => services.AddSingleton<TimeProvider>(clock));
        var client = await app.SignedInAsync();
        var lifetime = TimeSpan.FromMinutes(minutes);

        // Used every eighth of its lifetime (well inside the idle timeout), the last time a minute before its end.
        for (var step = 1; step <= 8; step++)
        {
            clock.Advance(step < 8 ? lifetime / 8 : lifetime / 8 - TimeSpan.FromMinutes(1));
            using var busy = await client.GetAsync("/manager");
            Assert.Equal(HttpStatusCode.OK, busy.StatusCode);
        }
        clock.Advance(TimeSpan.FromMinutes(1));
        using var ended = await client.GetAsync("/manager");

        Assert.True(IsSentToLogin(ended), $"/manager gave {(int)ended.StatusCode} at the end of the session's lifetime");
        var again = await app.SignedInAsync();
        using var fresh = await again.GetAsync("/manager");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task ASessionUnusedForTheConfiguredIdleTimeoutEnds()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var app = ManagerAccess.NewApp(new() { ["ManagerSession:IdleTimeout"] = "00:30:00" }, services => services.AddSingleton<TimeProvider>(clock));
        var client = await app.SignedInAsync();

        clock.Advance(TimeSpan.FromMinutes(29));
        using var used = await client.GetAsync("/manager");
        clock.Advance(TimeSpan.FromMinutes(31));
        using var idle = await client.GetAsync("/manager");

        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        Assert.True(IsSentToLogin(idle), $"/manager gave {(int)idle.StatusCode} after 31 idle minutes");
    }

    private static bool IsSentToLogin(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Location()!.Contains("/manager/login", StringComparison.Ordinal);
}
