using MassarDalil.Content.Audit;
using MassarDalil.Content.Search;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.Areas.Manager.Pages;

/// <summary>Who did what and when, newest first, for administrators.</summary>
public sealed class AuditModel(AuditLog log) : ManagerPageModel
{
    public static IReadOnlyList<string> Actions { get; } =
    [
        AuditActions.Save, AuditActions.Publish, AuditActions.Unpublish, AuditActions.Restore, AuditActions.Import, AuditActions.DatabaseRestore,
        AuditActions.Create, AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignOut,
        AuditActions.PasswordChange, AuditActions.UserCreate, AuditActions.UserChange, SynonymService.AuditAction,
        AuditActions.WebhookRegister, AuditActions.WebhookEnable, AuditActions.WebhookDisable, AuditActions.WebhookRotate,
        AuditActions.WebhookDelete, AuditActions.WebhookTest, AuditActions.RedirectAdd, AuditActions.RedirectRemove,
        AuditActions.Schedule, AuditActions.ScheduleClear, AuditActions.ScheduleSkipped,
        AuditActions.MediaUpload, AuditActions.MediaAlt, AuditActions.MediaDelete,
    ];

    public AuditPage Entries { get; private set; } = null!;
    public string? Action { get; private set; }
    public string? Who { get; private set; }

    // The page number comes from the query: the route value "page" is the Razor page's own name and would win.
    public async Task OnGetAsync(string? action, string? who, [FromQuery(Name = "page")] int page = 1)
    {
        PageTitle = T["Audit log"];
        (Action, Who) = (Actions.Contains(action) ? action : null, string.IsNullOrWhiteSpace(who) ? null : who.Trim());
        Entries = await log.ReadAsync(new AuditFilter(Action, Who), page);
    }

    public string PageLink(int page) =>
        $"/manager/audit?page={page}" + (Action is null ? "" : $"&action={Uri.EscapeDataString(Action)}") + (Who is null ? "" : $"&who={Uri.EscapeDataString(Who)}");
}
