using MassarDalil.Content.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

public sealed class LogoutModel(SignInManager<IdentityUser> signIn, AuditLog audit) : ManagerPageModel
{
    public IActionResult OnGet() => LocalRedirect("/manager");

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = Actor;
        await signIn.SignOutAsync();
        await audit.RecordAsync(actor, AuditActions.SignOut, actor);
        return LocalRedirect("/manager/login");
    }
}
