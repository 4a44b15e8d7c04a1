using MassarDalil.Content.Text;

namespace MassarDalil.Content.Audit;

/// <summary>Who did what, and when: saves, publishes, restores, imports, sign-ins, user changes.</summary>
public class AuditEntry
{
    /// <summary>The longest actor and target a row holds (the columns' lengths: PostgreSQL refuses more).</summary>
    public const int MaxActorLength = 256, MaxTargetLength = 256;

    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string Target { get; set; } = "";
    public string Details { get; set; } = "";

    /// <summary>
    /// One event. A target longer than its column (a webhook address may have 2,000 characters) is cut with an
    /// ellipsis rather than failing the change it records: on PostgreSQL the whole save failed with it.
    /// </summary>
    public static AuditEntry Of(DateTimeOffset at, string actor, string action, string target, string details) =>
        new()
        {
            At = at, Actor = TextCut.ToLength(actor, MaxActorLength, "…"), Action = action,
            Target = TextCut.ToLength(target, MaxTargetLength, "…"), Details = details,
        };
}

/// <summary>Who an entry names when no account did it.</summary>
public static class AuditActors
{
    /// <summary>A failed sign-in to no account. What was typed is not kept: it may be a visitor's Massar username.</summary>
    public const string UnknownAccount = "unknown-account";
}

public static class AuditActions
{
    public const string Import = "import";
    public const string Save = "save";
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
    public const string Restore = "restore";

    /// <summary>The whole database replaced by a backup (<c>massar restore</c>): every page, user and setting at once.</summary>
    public const string DatabaseRestore = "database-restore";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string PasswordChange = "password-change";
    public const string Create = "create";
    public const string UserCreate = "user-create";
    public const string UserChange = "user-change";
    public const string WebhookRegister = "webhook-register";
    public const string WebhookDisable = "webhook-disable";
    public const string WebhookEnable = "webhook-enable";
    public const string WebhookRotate = "webhook-rotate";
    public const string WebhookDelete = "webhook-delete";
    public const string WebhookTest = "webhook-test";
    public const string RedirectAdd = "redirect-add";
    public const string RedirectRemove = "redirect-remove";
    public const string Schedule = "schedule";
    public const string ScheduleClear = "schedule-clear";
    public const string ScheduleSkipped = "schedule-skipped";
    public const string MediaUpload = "media-upload";
    public const string MediaAlt = "media-alt";
    public const string MediaDelete = "media-delete";
    public const string Trash = "trash";
    public const string TrashRestore = "trash-restore";
    public const string TrashDelete = "trash-delete";
}
