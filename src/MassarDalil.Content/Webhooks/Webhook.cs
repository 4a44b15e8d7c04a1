namespace MassarDalil.Content.Webhooks;

/// <summary>An address that is told, by a signed POST, whenever a page is published or unpublished.</summary>
public class Webhook
{
    public int Id { get; set; }
    public required string Url { get; set; }

    /// <summary>
    /// The HMAC key shared with the receiver. Kept as written because every delivery must sign
    /// with it; only Admins can read it.
    /// </summary>
    // REVIEW: stored in clear text. Encrypting it needs data-protection keys shared by every server.
    public required string Secret { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
