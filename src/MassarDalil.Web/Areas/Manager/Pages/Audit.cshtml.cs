using MassarDalil.Content.Audit;
using MassarDalil.Content.Search;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>Who did what and when, newest first, for administrators.</summary>
public sealed class AuditModel(AuditLog log) : ManagerPageModel
{
    public static IReadOnlyList<string> Actions { get; } =
    [
        AuditActions.Save, AuditActions.Publish, AuditActions.Unpublish, AuditActions.Restore, AuditActions.Import,
        AuditActions.Create, AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignOut,
        AuditActions.PasswordChange, AuditActions.UserCreate, AuditActions.UserChange, SynonymService.AuditAction,
    ];

    public AuditPage Entries { get; private set; } = null!;
    public string? Action { get; private set; }
    public string? Who { get; private set; }

    public async Task OnGetAsync(string? action, string? who, int page = 1)
    {
        PageTitle = T["Audit log"];
        (Action, Who) = (Actions.Contains(action) ? action : null, string.IsNullOrWhiteSpace(who) ? null : who.Trim());
        Entries = await log.ReadAsync(new AuditFilter(Action, Who), page);
    }

    public string PageLink(int page) =>
        $"/manager/audit?page={page}" + (Action is null ? "" : $"&action={Uri.EscapeDataString(Action)}") + (Who is null ? "" : $"&who={Uri.EscapeDataString(Who)}");
}
