using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>
/// The two account states Identity has no column for. A disabled account is one locked out
/// until the end of time (so Identity itself refuses it); a one-time password is a claim that
/// sends its holder to change it before anything else.
/// </summary>
public static class AccountState
{
    public const string MustChangePasswordClaim = "massar:must-change-password";
    public static readonly DateTimeOffset DisabledUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(IdentityUser user) => user.LockoutEnd >= DisabledUntil;

    public static bool IsLockedOut(IdentityUser user, DateTimeOffset now) => !IsDisabled(user) && user.LockoutEnd > now;

    public static bool MustChangePassword(ClaimsPrincipal principal) => principal.HasClaim(MustChangePasswordClaim, "true");

    public static Claim MustChangePasswordMarker() => new(MustChangePasswordClaim, "true");

    public static async Task RequirePasswordChangeAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        var claims = await users.GetClaimsAsync(user);
        if (!claims.Any(c => c.Type == MustChangePasswordClaim))
        {
            await users.AddClaimAsync(user, MustChangePasswordMarker());
        }
    }

    public static async Task ClearPasswordChangeAsync(UserManager<IdentityUser> users, IdentityUser user)
    {
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == MustChangePasswordClaim).ToList();
        if (claims.Count > 0)
        {
            await users.RemoveClaimsAsync(user, claims);
        }
    }
}
