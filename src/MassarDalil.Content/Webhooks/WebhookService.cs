using System.Text.Json;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Data;
using MassarDalil.Content.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Webhooks;

/// <summary>
/// What an Admin does with webhooks: register, list, disable or enable, rotate the secret, delete,
/// send a test event, and read the delivery log. Every change is audited.
/// </summary>
public sealed class WebhookService(ContentDbContext db, Publisher publisher, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Registers an address with a new secret, which the caller shows to the Admin once.</summary>
    /// <exception cref="ArgumentException">The address is not one <see cref="WebhookUrl"/> allows.</exception>
    public async Task<WebhookRegistration> RegisterAsync(string url, string actor, CancellationToken cancellationToken = default)
    {
        if (Problem(url) is { } problem)
        {
            throw new ArgumentException(problem.ToString(), nameof(url)); // a programming error: the form checks first
        }
        var secret = WebhookSignature.NewSecret();
        var webhook = new Webhook { Url = url, Secret = secrets.Protect(secret), CreatedAt = time.GetUtcNow(), CreatedBy = actor };
        db.Webhooks.Add(webhook);
        publisher.StageAudit(actor, AuditActions.WebhookRegister, url);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookRegistration(webhook.Id, webhook.Url, secret);
    }

    /// <summary>Null when <paramref name="url"/> may be registered here (see <see cref="WebhookUrl"/>); otherwise why not.</summary>
    public Problem? Problem(string? url) => WebhookUrl.Problem(url, options.Value.AllowPrivateAddresses);

    /// <summary>Encrypts the secrets stored before they were encrypted; returns how many. Run once at start, under the start-up lock.</summary>
    public async Task<int> ProtectStoredSecretsAsync(CancellationToken cancellationToken = default)
    {
        var plain = (await db.Webhooks.ToListAsync(cancellationToken)).Where(w => !WebhookSecrets.IsProtected(w.Secret)).ToList();
        foreach (var webhook in plain)
        {
            webhook.Secret = secrets.Protect(webhook.Secret);
        }
        await db.SaveChangesAsync(cancellationToken);
        return plain.Count;
    }

    public Task<bool> IsRegisteredAsync(string url, CancellationToken cancellationToken = default) =>
        db.Webhooks.AnyAsync(w => w.Url == url, cancellationToken);

    public async Task<IReadOnlyList<WebhookSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        await Summaries(db.Webhooks.OrderBy(w => w.Id)).ToListAsync(cancellationToken);

    public async Task<WebhookSummary?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        await Summaries(db.Webhooks.Where(w => w.Id == id)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Stops deliveries to the address; what was still waiting for it is cancelled.</summary>
    public Task<bool> DisableAsync(int id, string actor, CancellationToken cancellationToken = default) =>
        SetActiveAsync(id, false, actor, cancellationToken);

    public Task<bool> EnableAsync(int id, string actor, CancellationToken cancellationToken = default) =>
        SetActiveAsync(id, true, actor, cancellationToken);

    /// <summary>
    /// Gives the webhook a new secret, shown once; every attempt from now on (retries included) signs with it.
    /// Null when there is no such webhook.
    /// </summary>
    public async Task<string?> RotateSecretAsync(int id, string actor, CancellationToken cancellationToken = default)
    {
        var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (webhook is null)
        {
            return null;
        }
        var secret = WebhookSignature.NewSecret();
        webhook.Secret = secrets.Protect(secret);
        publisher.StageAudit(actor, AuditActions.WebhookRotate, webhook.Url);
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>Removes the webhook and its delivery log (the audit log keeps that it existed).</summary>
    public async Task<bool> DeleteAsync(int id, string actor, CancellationToken cancellationToken = default)
    {
        var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (webhook is null)
        {
            return false;
        }
        db.Webhooks.Remove(webhook);
        publisher.StageAudit(actor, AuditActions.WebhookDelete, webhook.Url);
        // Deliveries and their attempts go with it (cascade), in the same transaction.
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Queues a <c>webhook.test</c> event for this webhook only, sent like any other; false when it is missing or disabled.</summary>
    public async Task<bool> SendTestAsync(int id, string actor, CancellationToken cancellationToken = default)
    {
        var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id && w.Active, cancellationToken);
        if (webhook is null)
        {
            return false;
        }
        var now = time.GetUtcNow();
        var eventId = Guid.CreateVersion7();
        db.WebhookDeliveries.Add(new WebhookDelivery
        {
            WebhookId = id, EventId = eventId, Event = WebhookEventTypes.Test,
            Payload = JsonSerializer.Serialize(new WebhookTestBody(eventId, WebhookEventTypes.Test, now), Json),
            Status = WebhookDeliveryStatus.Pending, CreatedAt = now, NextAttemptAt = now,
        });
        publisher.StageAudit(actor, AuditActions.WebhookTest, webhook.Url);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The delivery log, newest first, a page at a time.</summary>
    public async Task<DeliveryLogPage> DeliveriesAsync(int? webhookId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var query = db.WebhookDeliveries.AsNoTracking().Where(d => webhookId == null || d.WebhookId == webhookId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(d => new DeliveryLogEntry(d.Id, d.WebhookId, d.Webhook!.Url, d.EventId, d.Event, d.Status, d.Attempts,
                d.ResponseCode, d.Error, d.CreatedAt, d.LastAttemptAt, d.NextAttemptAt, d.DeliveredAt,
                db.ContentEvents.Where(e => e.Id == d.EventId).Select(e => e.SiteKey + "/" + e.Slug).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new DeliveryLogPage(items, page, pageSize, total);
    }

    /// <summary>Every POST made for one delivery, oldest first.</summary>
    public async Task<IReadOnlyList<WebhookAttempt>> AttemptsAsync(long deliveryId, CancellationToken cancellationToken = default) =>
        await db.WebhookAttempts.AsNoTracking().Where(a => a.DeliveryId == deliveryId).OrderBy(a => a.Number)
            .ToListAsync(cancellationToken);

    /// <summary>Filter and order <paramref name="webhooks"/> before this projection: EF cannot look inside the record it builds.</summary>
    private IQueryable<WebhookSummary> Summaries(IQueryable<Webhook> webhooks) =>
        webhooks.AsNoTracking().Select(w => new WebhookSummary(w.Id, w.Url, w.Active, w.CreatedAt, w.CreatedBy,
            db.WebhookDeliveries.Count(d => d.WebhookId == w.Id && d.Status == WebhookDeliveryStatus.Pending),
            db.WebhookDeliveries.Count(d => d.WebhookId == w.Id && d.Status == WebhookDeliveryStatus.Failed),
            db.WebhookDeliveries.Where(d => d.WebhookId == w.Id).OrderByDescending(d => d.Id)
                .Select(d => new WebhookLastDelivery(d.Status, d.ResponseCode, d.LastAttemptAt ?? d.CreatedAt)).FirstOrDefault()));

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
