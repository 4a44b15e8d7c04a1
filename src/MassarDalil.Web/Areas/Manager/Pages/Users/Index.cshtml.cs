using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages.Users;

/// <summary>Administrators list accounts and create new ones with a one-time password.</summary>
public sealed class IndexModel(UserAdmin admin) : ManagerPageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Shown once, right after creating the account.</summary>
    public string? CreatedPassword { get; private set; }

    public async Task OnGetAsync()
    {
        PageTitle = T["Users"];
        Users = await admin.ListAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        PageTitle = T["Users"];
        var (password, errors) = await admin.CreateAsync(Input.Email, Input.Role, Actor);
        (CreatedPassword, Errors) = (password, errors);
        if (password is not null)
        {
            Input = new NewUserInput { CreatedEmail = Input.Email.Trim() };
        }
        Users = await admin.ListAsync();
        return Page();
    }
}

public sealed record NewUserInput
{
    public string Email { get; set; } = "";
    public string Role { get; set; } = Roles.Editor;
    public string CreatedEmail { get; set; } = "";
}
