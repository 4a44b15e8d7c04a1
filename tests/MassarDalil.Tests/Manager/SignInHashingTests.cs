using MassarDalil.Tests.Support;
using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MassarDalil.Tests.Manager;

/// <summary>
/// Sign-in takes as long whether or not the email has an account: every attempt that reaches a password check
/// does the same hashing work. Counted through the site's own hasher rather than timed, so it cannot be flaky.
/// </summary>
public class SignInHashingTests
{
    public static TheoryData<string, string> Attempts => new()
    {
        { ManagerAccess.AdminEmail, "not-the-password" },
        { " ADMIN@massar.test ", "not-the-password" },
        { "nobody@massar.test", "not-the-password" },
        { "nobody@massar.test", ManagerAccess.AdminPassword },
        { "no-at-sign", "whatever-it-is" },
        { "", "whatever-it-is" },
        { "disabled@massar.test", "Disabled-pass-2026!" },
        { "disabled@massar.test", "not-the-password" },
    };

    [Theory]
    [MemberData(nameof(Attempts))]
    public async Task EveryFailedSignInChecksOnePasswordHash(string email, string password)
    {
        var hasher = new CountingHasher();
        using var app = hasher.NewApp();
        var disabled = await app.AddUserAsync("disabled@massar.test", "Disabled-pass-2026!", Roles.Editor);
        await app.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            return await users.SetLockoutEndDateAsync((await users.FindByIdAsync(disabled.Id))!, AccountState.DisabledUntil);
        });
        using var response = await hasher.SignInAsync(app, email, password);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, hasher.Verifications);
    }

    [Fact]
    public async Task ASuccessfulSignInChecksOnePasswordHashToo()
    {
        var hasher = new CountingHasher();
        using var app = hasher.NewApp();

        using var response = await hasher.SignInAsync(app, ManagerAccess.AdminEmail, ManagerAccess.AdminPassword);

        Assert.Equal("/manager", response.Location());
        Assert.Equal(1, hasher.Verifications);
    }

    /// <summary>The site's hasher, counting the password checks it makes.</summary>
    private sealed class CountingHasher
    {
        private int _verifications;

        public int Verifications { get => Volatile.Read(ref _verifications); set => Volatile.Write(ref _verifications, value); }

        /// <summary>An app whose password hasher is the site's own, counted.</summary>
        public MassarApp NewApp() => ManagerAccess.NewApp(services: s => s.AddScoped<IPasswordHasher<IdentityUser>>(sp =>
            new Counting(new PasswordHasher<IdentityUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), this)));

        /// <summary>Posts the sign-in form, counting only the checks that post makes.</summary>
        public async Task<HttpResponseMessage> SignInAsync(MassarApp app, string email, string password)
        {
            var client = app.CreateBrowser();
            var page = await client.GetDocumentAsync("/manager/login");
            Verifications = 0;
            return await client.SubmitAsync(page, "#login-form", new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            });
        }

        private sealed class Counting(IPasswordHasher<IdentityUser> inner, CountingHasher counter) : IPasswordHasher<IdentityUser>
        {
            public string HashPassword(IdentityUser user, string password) => inner.HashPassword(user, password);

            public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
            {
                Interlocked.Increment(ref counter._verifications);
                return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
            }
        }
    }
}
