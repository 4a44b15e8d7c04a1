namespace MassarDalil.Content.Webhooks;

/// <summary>One event on its way to one webhook: retried with backoff until delivered or given up.</summary>
public class WebhookDelivery
{
    public long Id { get; set; }
    public int WebhookId { get; set; }
    public Webhook? Webhook { get; set; }

    public Guid EventId { get; set; }
    public required string Event { get; set; }

    /// <summary>The JSON body, fixed when the delivery is created so every attempt sends the same bytes.</summary>
    public required string Payload { get; set; }

    public WebhookDeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public int? ResponseCode { get; set; }
    public string Error { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>While set in the future, one server is sending this delivery and no other may.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public List<WebhookAttempt> AttemptLog { get; set; } = [];
}

public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,
    Failed,

    /// <summary>The webhook was disabled before the event could be delivered.</summary>
    Cancelled,
}

/// <summary>The log: one row per POST, whatever its outcome.</summary>
public class WebhookAttempt
{
    public long Id { get; set; }
    public long DeliveryId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset At { get; set; }
    public int DurationMs { get; set; }
    public int? ResponseCode { get; set; }
    public string Error { get; set; } = "";
}
