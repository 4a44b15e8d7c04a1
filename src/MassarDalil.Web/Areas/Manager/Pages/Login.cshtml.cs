using MassarDalil.Content.Audit;
using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

public sealed class LoginModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, AuditLog audit) : ManagerPageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public void OnGet() => PageTitle = T["Sign in"];

    public async Task<IActionResult> OnPostAsync()
    {
        PageTitle = T["Sign in"];
        var email = Input.Email.Trim();
        var user = email.Length > 0 ? await users.FindByEmailAsync(email) : null;
        string? reason = null;
        if (user is null)
        {
            reason = "unknown account";
        }
        else if (AccountState.IsDisabled(user))
        {
            reason = "account disabled";
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                await audit.RecordAsync(user.Email!, AuditActions.SignIn, user.Email!);
                var mustChange = (await users.GetClaimsAsync(user)).Any(c => c.Type == AccountState.MustChangePasswordClaim);
                return LocalRedirect(mustChange ? ManagerExtensions.PathPrefix + "/password" : LocalManagerPath(ReturnUrl));
            }
            reason = result.IsLockedOut ? "locked out" : "wrong password";
        }
        // The same answer whatever went wrong, so the form does not tell which emails have accounts.
        await audit.RecordAsync(email.Length > 0 ? email[..Math.Min(email.Length, 256)] : "(empty)", AuditActions.SignInFailed, email.Length > 256 ? email[..256] : email, reason);
        Failed = true;
        Response.StatusCode = StatusCodes.Status200OK;
        return Page();
    }
}

public sealed record LoginInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}
