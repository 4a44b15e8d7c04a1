namespace MassarDalil.Content.Webhooks;

/// <param name="Secret">Shown once to the Admin who registered the address, to configure the receiver.</param>
public sealed record WebhookRegistration(int Id, string Url, string Secret);

/// <param name="Last">The newest delivery, whatever its state; null before the first event.</param>
public sealed record WebhookSummary(
    int Id, string Url, bool Active, DateTimeOffset CreatedAt, string CreatedBy, int Pending, int Failed, WebhookLastDelivery? Last);

public sealed record WebhookLastDelivery(WebhookDeliveryStatus Status, int? ResponseCode, DateTimeOffset At);

/// <param name="Page">The page the event was about (<c>site/slug</c>); null for a test event.</param>
public sealed record DeliveryLogEntry(
    long Id, int WebhookId, string Url, Guid EventId, string Event, WebhookDeliveryStatus Status, int Attempts,
    int? ResponseCode, string Error, DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt, string? Page = null);

public sealed record DeliveryLogPage(IReadOnlyList<DeliveryLogEntry> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The body of the event an Admin sends from the manager to check a receiver.</summary>
public sealed record WebhookTestBody(Guid Id, string Type, DateTimeOffset OccurredAt);

public static class WebhookEventTypes
{
    /// <summary>Sent only when an Admin asks, to the one webhook being checked.</summary>
    public const string Test = "webhook.test";
}
