using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Publishing;
using Microsoft.EntityFrameworkCore;

namespace MassarDalil.Content.Webhooks;

/// <summary>What an Admin does with webhooks: register, list, disable or enable, and read the delivery log.</summary>
public sealed class WebhookService(ContentDbContext db, Publisher publisher, TimeProvider time)
{
    public const int MaxUrlLength = 2000;

    /// <summary>An absolute http(s) address without user info: the only kind a webhook may have.</summary>
    public static bool IsValidUrl(string? url) =>
        url is { Length: > 0 and <= MaxUrlLength } &&
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) &&
        uri.UserInfo.Length == 0;

    /// <summary>Registers an address with a new secret, which the caller shows to the Admin once.</summary>
    /// <exception cref="ArgumentException">The address is not an absolute http(s) URL.</exception>
    public async Task<WebhookRegistration> RegisterAsync(string url, string actor, CancellationToken cancellationToken = default)
    {
        if (!IsValidUrl(url))
        {
            throw new ArgumentException("A webhook needs an absolute http or https address.", nameof(url));
        }
        var webhook = new Webhook { Url = url, Secret = WebhookSignature.NewSecret(), CreatedAt = time.GetUtcNow(), CreatedBy = actor };
        db.Webhooks.Add(webhook);
        publisher.StageAudit(actor, AuditActions.WebhookRegister, url);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookRegistration(webhook.Id, webhook.Url, webhook.Secret);
    }

    public async Task<IReadOnlyList<WebhookSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Webhooks.AsNoTracking().OrderBy(w => w.Id)
            .Select(w => new WebhookSummary(w.Id, w.Url, w.Active, w.CreatedAt, w.CreatedBy,
                db.WebhookDeliveries.Count(d => d.WebhookId == w.Id && d.Status == WebhookDeliveryStatus.Pending),
                db.WebhookDeliveries.Count(d => d.WebhookId == w.Id && d.Status == WebhookDeliveryStatus.Failed)))
            .ToListAsync(cancellationToken);

    /// <summary>Stops deliveries to the address; what was still waiting for it is cancelled.</summary>
    public Task<bool> DisableAsync(int id, string actor, CancellationToken cancellationToken = default) =>
        SetActiveAsync(id, false, actor, cancellationToken);

    public Task<bool> EnableAsync(int id, string actor, CancellationToken cancellationToken = default) =>
        SetActiveAsync(id, true, actor, cancellationToken);

    /// <summary>The delivery log, newest first, a page at a time.</summary>
    public async Task<DeliveryLogPage> DeliveriesAsync(int? webhookId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var query = db.WebhookDeliveries.AsNoTracking().Where(d => webhookId == null || d.WebhookId == webhookId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(d => new DeliveryLogEntry(d.Id, d.WebhookId, d.Webhook!.Url, d.EventId, d.Event, d.Status, d.Attempts,
                d.ResponseCode, d.Error, d.CreatedAt, d.LastAttemptAt, d.NextAttemptAt, d.DeliveredAt))
            .ToListAsync(cancellationToken);
        return new DeliveryLogPage(items, page, pageSize, total);
    }

    /// <summary>Every POST made for one delivery, oldest first.</summary>
    public async Task<IReadOnlyList<WebhookAttempt>> AttemptsAsync(long deliveryId, CancellationToken cancellationToken = default) =>
        await db.WebhookAttempts.AsNoTracking().Where(a => a.DeliveryId == deliveryId).OrderBy(a => a.Number)
            .ToListAsync(cancellationToken);

    private async Task<bool> SetActiveAsync(int id, bool active, string actor, CancellationToken cancellationToken)
    {
        var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (webhook is null)
        {
            return false;
        }
        if (webhook.Active != active)
        {
            webhook.Active = active;
            publisher.StageAudit(actor, active ? AuditActions.WebhookEnable : AuditActions.WebhookDisable, webhook.Url);
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!active)
        {
            await db.WebhookDeliveries.Where(d => d.WebhookId == id && d.Status == WebhookDeliveryStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Cancelled), cancellationToken);
        }
        return true;
    }
}

/// <param name="Secret">Shown once to the Admin who registered the address, to configure the receiver.</param>
public sealed record WebhookRegistration(int Id, string Url, string Secret);

public sealed record WebhookSummary(int Id, string Url, bool Active, DateTimeOffset CreatedAt, string CreatedBy, int Pending, int Failed);

public sealed record DeliveryLogEntry(
    long Id, int WebhookId, string Url, Guid EventId, string Event, WebhookDeliveryStatus Status, int Attempts,
    int? ResponseCode, string Error, DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt);

public sealed record DeliveryLogPage(IReadOnlyList<DeliveryLogEntry> Items, int Page, int PageSize, int Total)
{
    public int Pages => (Total + PageSize - 1) / PageSize;
}
