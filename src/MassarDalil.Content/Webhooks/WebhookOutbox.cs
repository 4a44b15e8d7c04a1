using System.Security.Cryptography;
using System.Text.Json;
using MassarDalil.Content.Data;
using MassarDalil.Content.Published;
using MassarDalil.Content.Publishing;
using MassarDalil.Content.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MassarDalil.Content.Webhooks;

/// <summary>
/// The database side of delivering webhooks, safe with several servers sharing one database:
/// each step claims its rows with a conditional update, so a content event is fanned out once and
/// a delivery is sent by one server at a time. A server that dies mid-send loses its claim when
/// the lease runs out, and another server retries (receivers may see an event twice: they dedupe
/// by its id).
/// </summary>
public sealed class WebhookOutbox(ContentDbContext db, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider time)
{
    private const int Batch = 50;
    private const int MaxErrorLength = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Turns committed content events into one pending delivery per active webhook.</summary>
    /// <returns>How many events this call handled.</returns>
    public async Task<int> FanOutAsync(CancellationToken cancellationToken = default)
    {
        var events = await db.ContentEvents.AsNoTracking().Where(e => e.DispatchedAt == null)
            .OrderBy(e => e.OccurredAt).Take(Batch).ToListAsync(cancellationToken);
        var handled = 0;
        foreach (var contentEvent in events)
        {
            var now = time.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.ContentEvents.Where(e => e.Id == contentEvent.Id && e.DispatchedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.DispatchedAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue; // another server took it
            }
            var payload = Payload(contentEvent);
            // A webhook hears of what happens after it is registered, not of a backlog it was never meant for
            // (such as the seed import, when the sender had not reached those events yet).
            var listeners = await db.Webhooks.Where(w => w.Active && w.CreatedAt <= contentEvent.OccurredAt).Select(w => w.Id).ToListAsync(cancellationToken);
            foreach (var webhookId in listeners)
            {
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    WebhookId = webhookId, EventId = contentEvent.Id, Event = contentEvent.Type, Payload = payload,
                    Status = WebhookDeliveryStatus.Pending, CreatedAt = now, NextAttemptAt = now,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            handled++;
        }
        return handled;
    }

    /// <summary>Claims up to <paramref name="max"/> deliveries that are due, for <paramref name="lease"/>.</summary>
    public async Task<IReadOnlyList<WebhookJob>> ClaimDueAsync(int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil <= now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(max).ToListAsync(cancellationToken);
        var claimed = new List<long>();
        foreach (var id in due)
        {
            var until = now + lease;
            var rows = await db.WebhookDeliveries
                .Where(d => d.Id == id && d.Status == WebhookDeliveryStatus.Pending && (d.LockedUntil == null || d.LockedUntil <= now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedUntil, until), cancellationToken);
            if (rows == 1)
            {
                claimed.Add(id);
            }
        }
        var jobs = await db.WebhookDeliveries.AsNoTracking().Where(d => claimed.Contains(d.Id))
            .Select(d => new WebhookJob(d.Id, d.WebhookId, d.Webhook!.Url, d.Webhook.Secret, d.Webhook.Active,
                d.EventId, d.Event, d.Payload, d.Attempts))
            .ToListAsync(cancellationToken);
        return jobs.ConvertAll(job => job with { Secret = Reveal(job.Secret) });
    }

    private string? Reveal(string? stored)
    {
        try
        {
            return stored is null ? null : secrets.Reveal(stored);
        }
        catch (CryptographicException)
        {
            return null; // the key that encrypted it is gone: the attempt is recorded as such, and rotating mends it
        }
    }

    /// <summary>Logs one attempt and decides what happens next: delivered, retried later, or failed for good.</summary>
    public async Task RecordAsync(WebhookJob job, WebhookAttemptResult result, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == job.DeliveryId, cancellationToken);
        var error = TextCut.ToLength(result.Error, MaxErrorLength);
        delivery.Attempts++;
        (delivery.LastAttemptAt, delivery.ResponseCode, delivery.Error, delivery.LockedUntil) = (result.StartedAt, result.ResponseCode, error, null);
        db.WebhookAttempts.Add(new WebhookAttempt
        {
            DeliveryId = delivery.Id, Number = delivery.Attempts, At = result.StartedAt,
            DurationMs = (int)result.Duration.TotalMilliseconds, ResponseCode = result.ResponseCode, Error = error,
        });
        if (result.Succeeded)
        {
            (delivery.Status, delivery.DeliveredAt) = (WebhookDeliveryStatus.Delivered, now);
        }
        else if (delivery.Attempts >= options.Value.MaxAttempts)
        {
            delivery.Status = WebhookDeliveryStatus.Failed;
        }
        else
        {
            delivery.NextAttemptAt = now + options.Value.RetryDelay(delivery.Attempts);
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>A delivery whose webhook was disabled after the event: no POST is made.</summary>
    public async Task CancelAsync(WebhookJob job, CancellationToken cancellationToken = default) =>
        await db.WebhookDeliveries.Where(d => d.Id == job.DeliveryId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Cancelled).SetProperty(d => d.LockedUntil, (DateTimeOffset?)null), cancellationToken);

    /// <summary>The earliest time a pending delivery is due, so the sender can sleep until then.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default) =>
        await db.WebhookDeliveries.AsNoTracking().Where(d => d.Status == WebhookDeliveryStatus.Pending)
            .OrderBy(d => d.NextAttemptAt).Select(d => (DateTimeOffset?)d.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);

    private static string Payload(ContentEvent e) => JsonSerializer.Serialize(new WebhookEventBody(
        e.Id, e.Type, e.OccurredAt, e.SiteKey,
        e.Type == ContentEventTypes.ContentRestored ? null : new WebhookEventPage(e.PageKey, e.PageType, e.Slug, e.Title, e.Revision,
            ContentUrls.Page(e.SiteKey, e.Slug), ContentUrls.ApiPage(e.SiteKey, e.Slug, e.PageKey))), Json);
}

/// <summary>One claimed delivery, with what is needed to send it.</summary>
/// <param name="Secret">The secret in clear; null when it cannot be decrypted.</param>
public sealed record WebhookJob(
    long DeliveryId, int WebhookId, string Url, string? Secret, bool WebhookActive, Guid EventId, string Event, string Payload, int Attempts);

/// <param name="ResponseCode">Null when no response came (refused, timed out).</param>
public sealed record WebhookAttemptResult(DateTimeOffset StartedAt, TimeSpan Duration, int? ResponseCode, string Error)
{
    public bool Succeeded => ResponseCode is >= 200 and < 300;
}

/// <summary>The JSON body of every webhook POST.</summary>
/// <param name="Page">The page the event is about; null for <c>content.restored</c>, which is about a whole site.</param>
public sealed record WebhookEventBody(Guid Id, string Type, DateTimeOffset OccurredAt, string Site, WebhookEventPage? Page);

/// <param name="Revision">The published revision; null for <c>page.unpublished</c>.</param>
public sealed record WebhookEventPage(string Key, string Type, string Slug, string Title, int? Revision, string Url, string ApiUrl);
