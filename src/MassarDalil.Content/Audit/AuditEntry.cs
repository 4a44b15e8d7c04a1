namespace MassarDalil.Content.Audit;

/// <summary>Who did what, and when: saves, publishes, restores, imports, sign-ins.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string Target { get; set; } = "";
    public string Details { get; set; } = "";
}

public static class AuditActions
{
    public const string Import = "import";
    public const string Save = "save";
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
    public const string Restore = "restore";
    public const string SignIn = "sign-in";
    public const string WebhookRegister = "webhook-register";
    public const string WebhookDisable = "webhook-disable";
    public const string WebhookEnable = "webhook-enable";
}
