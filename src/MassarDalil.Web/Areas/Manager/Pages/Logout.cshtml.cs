using MassarDalil.Content.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

public sealed class LogoutModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, AuditLog audit) : ManagerPageModel
{
    public IActionResult OnGet() => LocalRedirect("/manager");

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = Actor;
        // Deleting the cookie only forgets it in this browser. A new security stamp makes every copy of it
        // (and the user's other sessions) fail the check each manager request makes, on every server.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        await audit.RecordAsync(actor, AuditActions.SignOut, actor);
        return LocalRedirect("/manager/login");
    }
}
