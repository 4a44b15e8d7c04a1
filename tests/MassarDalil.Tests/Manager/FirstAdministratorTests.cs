using System.Net;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Manager;

/// <summary>The first administrator made from Admin:Email and Admin:Password, and what a password the rules refuse does.</summary>
public class FirstAdministratorTests
{
    [Fact]
    public async Task AConfiguredPasswordTheRulesRefuseLeavesThePublicSiteServedAndSaysWhyOnce()
    {
        var logs = new CapturedLogs();
        using var app = new MassarApp(new() { ["Admin:Email"] = "first@massar.test", ["Admin:Password"] = "too short" });
        using var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var client = logged.CreateClient();

        using var home = await client.GetAsync("/ar/");
        using var ready = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var error = Assert.Single(logs.Entries, l => l.Level >= LogLevel.Error);
        Assert.Equal(
            "No administrator was created: Admin:Password, set for first@massar.test, is refused. The password is too short: it needs at least 12 characters. " +
            "The public site is served, but nobody can sign in to the manager until Admin:Password is changed and the site restarted",
            error.Message);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Database not ready", StringComparison.Ordinal));
        await using var scope = logged.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().Users.AnyAsync());
    }
}
