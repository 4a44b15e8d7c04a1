using MassarDalil.Web.Operations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>
/// Makes sure the roles exist and, when nobody can sign in yet, creates the first administrator.
/// A start-up step: after the database is migrated, under the start-up lock (so two servers starting
/// on an empty database make one administrator), before the site counts as ready.
/// </summary>
internal sealed partial class FirstAdmin(IServiceScopeFactory scopes, IOptions<AdminOptions> options, ILogger<FirstAdmin> logger)
    : IDatabaseStartupStep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (users.Users.Any())
        {
            return;
        }
        var admin = options.Value;
        var generated = string.IsNullOrEmpty(admin.Password);
        var password = generated ? PasswordGenerator.Generate(admin.Email) : admin.Password!;
        var user = new IdentityUser { UserName = admin.Email, Email = admin.Email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded && !generated)
        {
            // A password the rules refuse is a mistake retrying cannot fix, and no reason to keep visitors out: the
            // public site is served, and each start says why there is no administrator until the setting is fixed.
            LogConfiguredAdminRefused(admin.Email, Reasons(created));
            return;
        }
        Check(created);
        Check(await users.AddToRoleAsync(user, Roles.Admin));
        if (generated)
        {
            // Printed once: it is not stored anywhere readable, and must be changed at first sign-in.
            await AccountState.RequirePasswordChangeAsync(users, user);
            LogGeneratedAdmin(admin.Email, password);
        }
        else
        {
            LogConfiguredAdmin(admin.Email);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the first administrator (Admin:Email, Admin:Password): {Reasons(result)}");
        }
    }

    /// <summary>Each of Identity's refusals in English, as sentences: "The password is too short: it needs at least 12 characters."</summary>
    private static string Reasons(IdentityResult result) => string.Join(" ", result.Errors.Select(IdentityMessages.English));

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "IMPORTANT: no Admin:Password is configured, so an administrator was created with a generated password. " +
        "Sign in at /manager/login as {Email} with password {Password} and change it at once. This password is shown only this one time.")]
    private partial void LogGeneratedAdmin(string email, string password);

    [LoggerMessage(Level = LogLevel.Error, Message =
        "No administrator was created: Admin:Password, set for {Email}, is refused. {Reasons} The public site is served, but nobody can " +
        "sign in to the manager until Admin:Password is changed and the site restarted")]
    private partial void LogConfiguredAdminRefused(string email, string reasons);

    [LoggerMessage(Level = LogLevel.Information, Message = "First administrator {Email} created from configuration")]
    private partial void LogConfiguredAdmin(string email);
}
