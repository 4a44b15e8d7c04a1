using MassarDalil.Content.Audit;
using MassarDalil.Content.Publishing;
using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

public sealed class PasswordModel(
    SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, SignInThrottle throttle, AuditLog audit, TimeProvider time) : ManagerPageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool MustChange => AccountState.MustChangePassword(User);

    /// <summary>Just signed in with the one-time password (<see cref="OneTimeSignIn"/>): it is not asked again.</summary>
    public bool JustProvedOneTime { get; private set; }

    public ProblemList Problems { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        PageTitle = T["Change my password"];
        Problems = ProblemList.None(T);
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        JustProvedOneTime = await JustProvedOneTimeAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        PageTitle = T["Change my password"];
        var problems = new List<FieldMessage>();
        if (Input.New != Input.Confirm)
        {
            problems.Add(new FieldMessage("Confirm", T["The two new passwords are not the same."]));
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        JustProvedOneTime = await JustProvedOneTimeAsync(user);
        // The current-password check is a sign-in by another door: a stolen session must not make it a free guessing machine.
        var address = ClientAddress.Of(HttpContext);
        if (problems.Count == 0 && throttle.WaitFor(user.Email!, address) is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            problems.Add(new FieldMessage(JustProvedOneTime ? "New" : "Current", T[SignInThrottle.WaitMessage(T, wait)]));
        }
        if (problems.Count == 0)
        {
            var result = JustProvedOneTime
                ? await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), Input.New ?? "")
                : await users.ChangePasswordAsync(user, Input.Current ?? "", Input.New ?? "");
            if (result.Errors.Any(e => e.Code == "PasswordMismatch"))
            {
                throttle.Failed(user.Email!, address);
            }
            if (result.Succeeded)
            {
                throttle.Succeeded(user.Email!, address);
                await AccountState.ClearPasswordChangeAsync(users, user);
                await signIn.RefreshSignInAsync(user);
                await audit.RecordAsync(Actor, AuditActions.PasswordChange, Actor);
                return RedirectWithFlash("/manager", "Your password has been changed.");
            }
            problems.AddRange(result.Errors.Select(e => new FieldMessage(
                e.Code == "PasswordMismatch" ? "Current" : "New", IdentityMessages.Say(T, e))).Distinct());
        }
        Problems = new ProblemList(T, problems, field => T[FieldLabel(field)]);
        return Page();
    }

    /// <summary>The session's mark alone is not enough: the account must still be waiting for its own password.</summary>
    private async Task<bool> JustProvedOneTimeAsync(IdentityUser user) =>
        MustChange
        && await OneTimeSignIn.IsFreshAsync(HttpContext, time.GetUtcNow())
        && (await users.GetClaimsAsync(user)).Any(c => c.Type == AccountState.MustChangePasswordClaim);

    private static string FieldLabel(string field) => field switch
    {
        "Current" => "Current password",
        "Confirm" => "New password again",
        _ => "New password",
    };
}

public sealed record PasswordInput
{
    public string? Current { get; set; } = "";
    public string? New { get; set; } = "";
    public string? Confirm { get; set; } = "";
}
