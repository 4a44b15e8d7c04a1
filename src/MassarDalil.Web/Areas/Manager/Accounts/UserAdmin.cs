using MassarDalil.Content.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>
/// What an administrator does to accounts. Each change is recorded in the audit log and ends the
/// user's open sessions (their security stamp changes), so a disabled user is out at once.
/// </summary>
public sealed class UserAdmin(UserManager<IdentityUser> users, SignInThrottle throttle, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync()
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var rows = new List<UserRow>();
        foreach (var user in all)
        {
            rows.Add(await RowAsync(user));
        }
        return rows;
    }

    public async Task<UserRow?> FindAsync(string id) => await users.FindByIdAsync(id) is { } user ? await RowAsync(user) : null;

    /// <summary>Creates an account with a one-time password, returned to show the administrator once.</summary>
    public async Task<(string? Password, IReadOnlyList<string> Errors)> CreateAsync(string email, string role, string actor)
    {
        if (!Roles.All.Contains(role))
        {
            return (null, ["Choose a role."]);
        }
        var password = PasswordGenerator.Generate(email.Trim());
        var user = new IdentityUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            // English keys, worded by the page; a generated password always has the length the policy asks.
            return (null, result.Errors.Select(IdentityMessages.For).Distinct().ToList());
        }
        await users.AddToRoleAsync(user, role);
        await AccountState.RequirePasswordChangeAsync(users, user);
        await audit.RecordAsync(actor, AuditActions.UserCreate, user.Email!, $"role {role}");
        return (password, []);
    }

    /// <returns>An English problem, or null when done.</returns>
    public async Task<string?> SetRoleAsync(string id, string role, string actor)
    {
        if (await users.FindByIdAsync(id) is not { } user || !Roles.All.Contains(role))
        {
            return "Choose a role.";
        }
        var current = await users.GetRolesAsync(user);
        if (current.SequenceEqual([role]))
        {
            return null;
        }
        if (current.Contains(Roles.Admin) && role != Roles.Admin && await IsLastActiveAdminAsync(user))
        {
            return "The last administrator cannot lose the role.";
        }
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(actor, AuditActions.UserChange, user.Email!, $"role {role}");
        return null;
    }

    public async Task<string?> SetDisabledAsync(string id, bool disabled, string actor)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return "No such user.";
        }
        if (disabled && user.Email == actor)
        {
            return "You cannot disable your own account.";
        }
        if (disabled && await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdminAsync(user))
        {
            return "The last administrator cannot be disabled.";
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disabled ? AccountState.DisabledUntil : null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(actor, AuditActions.UserChange, user.Email!, disabled ? "disabled" : "enabled");
        return null;
    }

    /// <summary>
    /// Lets every address try the account again at once: its failed sign-ins on this server are forgotten, and a
    /// lockout left by an older version (which locked accounts after failed sign-ins) is lifted. A disabled account stays disabled.
    /// </summary>
    public async Task<string?> UnlockAsync(string id, string actor)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return "No such user.";
        }
        if (!AccountState.IsDisabled(user))
        {
            await users.SetLockoutEndDateAsync(user, null);
        }
        await users.ResetAccessFailedCountAsync(user);
        throttle.Clear(user.Email!);
        await audit.RecordAsync(actor, AuditActions.UserChange, user.Email!, "unlocked");
        return null;
    }

    /// <summary>Gives the user a new one-time password and ends their sessions.</summary>
    public async Task<string?> ResetPasswordAsync(string id, string actor)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return null;
        }
        var password = PasswordGenerator.Generate(user.Email);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        if (!(await users.ResetPasswordAsync(user, token, password)).Succeeded)
        {
            return null;
        }
        await AccountState.RequirePasswordChangeAsync(users, user);
        await audit.RecordAsync(actor, AuditActions.UserChange, user.Email!, "password reset");
        return password;
    }

    private async Task<bool> IsLastActiveAdminAsync(IdentityUser user)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return !admins.Any(a => a.Id != user.Id && !AccountState.IsDisabled(a));
    }

    private async Task<UserRow> RowAsync(IdentityUser user)
    {
        var roles = await users.GetRolesAsync(user);
        var claims = await users.GetClaimsAsync(user);
        var state = AccountState.IsDisabled(user) ? UserState.Disabled
            : AccountState.IsLockedOut(user, time.GetUtcNow()) || throttle.IsBlocked(user.Email ?? "") ? UserState.LockedOut
            : UserState.Active;
        return new UserRow(user.Id, user.Email ?? user.UserName ?? "", roles.Contains(Roles.Admin) ? Roles.Admin : roles.FirstOrDefault() ?? "",
            state, claims.Any(c => c.Type == AccountState.MustChangePasswordClaim));
    }
}

public sealed record UserRow(string Id, string Email, string Role, UserState State, bool MustChangePassword);

public enum UserState
{
    Active,
    LockedOut,
    Disabled,
}
