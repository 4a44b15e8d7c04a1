namespace MassarDalil.Content.Webhooks;

/// <summary>An address that is told, by a signed POST, whenever a page is published or unpublished.</summary>
public class Webhook
{
    public int Id { get; set; }
    public required string Url { get; set; }

    /// <summary>
    /// The signing secret shared with the receiver, encrypted (<see cref="WebhookSecrets"/>); one stored before
    /// encryption is plain until the site next starts.
    /// </summary>
    public required string Secret { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
