using System.Globalization;
using System.Security.Claims;
using MassarDalil.Content.Audit;
using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

public sealed class LoginModel(
    SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, IPasswordHasher<IdentityUser> hasher,
    DecoyPassword decoy, SignInThrottle throttle, AuditLog audit, TimeProvider time) : ManagerPageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    /// <summary>How long this address must wait before trying this email again, when it must.</summary>
    public TimeSpan? Wait { get; private set; }

    public void OnGet() => PageTitle = T["Sign in"];

    public async Task<IActionResult> OnPostAsync()
    {
        PageTitle = T["Sign in"];
        // An empty field binds as null.
        var email = (Input.Email ?? "").Trim();
        var password = Input.Password ?? "";
        var address = ClientAddress.Of(HttpContext);
        // Looked up before the throttle too, so that even a refused attempt is recorded by its account.
        var user = email.Length > 0 ? await users.FindByEmailAsync(email) : null;
        if (throttle.WaitFor(email, address) is { } wait)
        {
            // Refused before any password check, known email or not: the answer and its time are the same.
            await RecordFailureAsync(user, "too many attempts");
            Wait = wait;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Page();
        }
        string reason;
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // No password to check, but the same hashing work as if there were one.
            decoy.Verify(hasher, password);
            reason = user is null ? "unknown account" : AccountState.IsDisabled(user) ? "account disabled" : "locked out";
        }
        else
        {
            // PasswordSignInAsync in two steps, so that a sign-in with a one-time password can mark its session.
            var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
            if (result.Succeeded)
            {
                throttle.Succeeded(email, address);
                var mustChange = (await users.GetClaimsAsync(user)).Any(c => c.Type == AccountState.MustChangePasswordClaim);
                var session = new AuthenticationProperties { IsPersistent = false };
                if (mustChange)
                {
                    OneTimeSignIn.Mark(session, time.GetUtcNow());
                }
                await signIn.SignInWithClaimsAsync(user, session, [new Claim("amr", "pwd")]);
                await audit.RecordAsync(user.Email!, AuditActions.SignIn, user.Email!);
                return LocalRedirect(mustChange ? ManagerExtensions.PathPrefix + "/password" : LocalManagerPath(ReturnUrl));
            }
            reason = result.IsLockedOut ? "locked out" : "wrong password";
        }
        throttle.Failed(email, address);
        await RecordFailureAsync(user, reason);
        // The same answer whatever went wrong, so the form does not tell which emails have accounts.
        Failed = true;
        Response.StatusCode = StatusCodes.Status200OK;
        return Page();
    }

    // A known account by its own address; an unknown one without what was typed: a visitor who takes this form for
    // Massar's types their Massar username (J130012345@taalim.ma) here, and the site never keeps one.
    private Task RecordFailureAsync(IdentityUser? user, string reason) =>
        audit.RecordAsync(user?.Email ?? AuditActors.UnknownAccount, AuditActions.SignInFailed, user?.Email ?? "", reason);
}

public sealed record LoginInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}
