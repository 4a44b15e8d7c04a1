using MassarDalil.Content.Audit;
using MassarDalil.Content.Pages;
using MassarDalil.Content.Search;
using MassarDalil.Content.Webhooks;
using MassarDalil.Web.Areas.Manager.Pages;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>English names (translated by <see cref="ManagerText"/>) for stored codes: page types, states, audit actions.</summary>
public static class ManagerNames
{
    public static string Type(string type) => type switch
    {
        PageType.Faq => "FAQ",
        PageType.Home => "Home page",
        PageType.Guide => "Guide",
        PageType.Texts => "Site texts",
        PageType.Navigation => "Navigation",
        _ => "Tool",
    };

    public static string State(PageState state) => state switch
    {
        PageState.Published => "Published",
        PageState.DraftWaiting => "Draft changes waiting",
        _ => "Not published",
    };

    public static string Delivery(WebhookDeliveryStatus status) => status switch
    {
        WebhookDeliveryStatus.Delivered => "Delivered",
        WebhookDeliveryStatus.Pending => "Waiting",
        WebhookDeliveryStatus.Failed => "Failed",
        _ => "Cancelled",
    };

    /// <summary>
    /// A delivery's error category. Free text stored by older versions is not shown: with a status code it was the
    /// receiver's answer, without one a network failure.
    /// </summary>
    public static string DeliveryError(string error, int? code) => error switch
    {
        WebhookErrors.Timeout => "Timed out",
        WebhookErrors.Refused => "Connection refused",
        WebhookErrors.Tls => "TLS failed",
        WebhookErrors.BlockedAddress => "Blocked address (private network)",
        WebhookErrors.HttpStatus => "HTTP status",
        WebhookErrors.NameNotFound => "Name not found",
        WebhookErrors.SecretUnreadable => "Secret unreadable: rotate it",
        _ when code is not null => "HTTP status",
        _ => "Network error",
    };

    public static string Action(string action) => action switch
    {
        "import" => "imported",
        "save" => "saved a draft",
        "publish" => "published (audit action)",
        "unpublish" => "unpublished",
        "restore" => "restored a revision",
        "create" => "created a page",
        "sign-in" => "signed in",
        "sign-in-failed" => "failed to sign in",
        "sign-out" => "signed out",
        "password-change" => "changed their password",
        "user-create" => "created a user",
        "user-change" => "changed a user",
        SynonymService.AuditAction => "changed the search synonyms",
        AuditActions.WebhookRegister => "registered a webhook",
        AuditActions.WebhookEnable => "enabled a webhook",
        AuditActions.WebhookDisable => "disabled a webhook",
        AuditActions.WebhookRotate => "rotated a webhook's secret",
        AuditActions.WebhookDelete => "deleted a webhook",
        AuditActions.WebhookTest => "sent a test event to a webhook",
        AuditActions.RedirectAdd => "added a redirect",
        AuditActions.RedirectRemove => "removed a redirect",
        AuditActions.Schedule => "scheduled a change",
        AuditActions.ScheduleClear => "cancelled a scheduled change",
        AuditActions.ScheduleSkipped => "could not carry out a scheduled publish",
        AuditActions.MediaUpload => "uploaded an image",
        AuditActions.MediaAlt => "changed an image's descriptions",
        AuditActions.MediaDelete => "deleted an image",
        AuditActions.Trash => "moved a page to the trash",
        AuditActions.TrashRestore => "restored a page from the trash",
        AuditActions.TrashDelete => "deleted a page for good",
        AuditActions.DatabaseRestore => "restored the database from a backup",
        _ => action,
    };
}
