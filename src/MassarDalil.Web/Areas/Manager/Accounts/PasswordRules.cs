using MassarDalil.Content.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>
/// <see cref="PasswordPolicy"/> as Identity's validator, so every way a password is set (changing it, an
/// administrator creating or resetting an account, the first administrator) passes the same rules.
/// The site's names come from its sites as they are now, since an editor may rename them.
/// </summary>
public sealed class PasswordRules(ContentDbContext db) : IPasswordValidator<IdentityUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        var siteNames = await db.Sites.AsNoTracking().Select(s => s.Title).ToListAsync();
        var problems = PasswordPolicy.Problems(password ?? "", user.Email ?? user.UserName, siteNames);
        return problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(code => new IdentityError { Code = code, Description = code })]);
    }
}
