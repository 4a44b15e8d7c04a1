using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages.Users;

/// <summary>One account: its role, whether it may sign in, and a new one-time password.</summary>
public sealed class EditModel(UserAdmin admin) : ManagerPageModel
{
    public UserRow Account { get; private set; } = null!;
    public string? Problem { get; private set; }
    public string? NewPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRoleAsync(string id, string role) =>
        await AfterAsync(id, await admin.SetRoleAsync(id, role, Actor), "The role has been changed.");

    public async Task<IActionResult> OnPostDisableAsync(string id) =>
        await AfterAsync(id, await admin.SetDisabledAsync(id, disabled: true, Actor), "The account has been disabled.");

    public async Task<IActionResult> OnPostEnableAsync(string id) =>
        await AfterAsync(id, await admin.SetDisabledAsync(id, disabled: false, Actor), "The account has been enabled.");

    public async Task<IActionResult> OnPostUnlockAsync(string id) =>
        await AfterAsync(id, await admin.UnlockAsync(id, Actor), "The account has been unlocked.");

    public async Task<IActionResult> OnPostResetAsync(string id)
    {
        NewPassword = await admin.ResetPasswordAsync(id, Actor);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<IActionResult> AfterAsync(string id, string? problem, string done)
    {
        if (problem is null)
        {
            return RedirectWithFlash($"/manager/users/{id}", done);
        }
        Problem = problem;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await admin.FindAsync(id) is not { } account)
        {
            return false;
        }
        Account = account;
        PageTitle = account.Email;
        return true;
    }
}
