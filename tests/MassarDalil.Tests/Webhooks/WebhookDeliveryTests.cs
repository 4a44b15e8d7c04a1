using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MassarDalil.Content.Audit;
using MassarDalil.Content.Webhooks;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MassarDalil.Tests.Webhooks;

public class WebhookDeliveryTests
{
    private static Dictionary<string, string?> Fast(string timeout = "00:00:05") => WebhookTestExtensions.Fast(timeout);

    [Fact]
    public async Task PublishingPostsAnEventSignedWithTheWebhooksSecret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = new MassarApp(Fast());
        var registration = await app.RegisterWebhookAsync(receiver.Url);

        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("Published for the webhook."));

        var received = await receiver.WaitForAsync(1);
        var timestamp = long.Parse(received.Headers[WebhookSignature.TimestampHeader], CultureInfo.InvariantCulture);
        Assert.True(received.Verifies(registration.Secret));
        Assert.False(received.Verifies(WebhookSignature.NewSecret()));
        Assert.StartsWith("v1,", received.Headers[WebhookSignature.SignatureHeader], StringComparison.Ordinal);
        Assert.InRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - timestamp, 0, 30);
        using var body = JsonDocument.Parse(received.Body);
        var root = body.RootElement;
        Assert.Equal("page.published", root.GetProperty("type").GetString());
        Assert.Equal("page.published", received.Headers[WebhookSignature.EventHeader]);
        Assert.Equal(root.GetProperty("id").GetString(), received.Headers[WebhookSignature.IdHeader]);
        Assert.Equal("en", root.GetProperty("site").GetString());
        Assert.Equal("faq", root.GetProperty("page").GetProperty("key").GetString());
        Assert.Equal(2, root.GetProperty("page").GetProperty("revision").GetInt32());
        Assert.Equal("/en/faq", root.GetProperty("page").GetProperty("url").GetString());
        Assert.Equal("/api/v1/en/pages/faq", root.GetProperty("page").GetProperty("apiUrl").GetString());

        // The receiver has answered; the sender records that just after.
        var delivery = await app.EventuallyDeliveryAsync(d => d.Status == WebhookDeliveryStatus.Delivered);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal(200, delivery.ResponseCode);
    }

    [Fact]
    public async Task UnpublishingPostsAnUnpublishedEvent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = new MassarApp(Fast());
        await app.RegisterWebhookAsync(receiver.Url);

        await app.UnpublishAsync("ar", "faq");

        using var body = JsonDocument.Parse((await receiver.WaitForAsync(1)).Body);
        Assert.Equal("page.unpublished", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("ar", body.RootElement.GetProperty("site").GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("page").GetProperty("revision").ValueKind);
    }

    [Fact]
    public async Task AFailingReceiverIsRetriedWithGrowingWaitsUntilItAccepts()
    {
        await using var receiver = await WebhookReceiver.StartAsync((call, _) => Task.FromResult(call <= 2 ? 500 : 200));
        using var app = WebhookTestExtensions.OnTheClock(out var clock);
        await app.RegisterWebhookAsync(receiver.Url);

        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("Retried."));

        await receiver.WaitForAsync(1);
        await app.RetryWhenDueAsync(clock, receiver, attemptsSoFar: 1);
        await app.RetryWhenDueAsync(clock, receiver, attemptsSoFar: 2);
        var calls = receiver.Received.ToList();
        Assert.Single(calls.Select(c => c.Body).Distinct());
        Assert.Single(calls.Select(c => c.Headers[WebhookSignature.IdHeader]).Distinct());

        var delivery = await app.EventuallyDeliveryAsync(d => d.Status == WebhookDeliveryStatus.Delivered);
        Assert.Equal(3, delivery.Attempts);
        var attempts = await app.WithDbAsync((_, services) => services.GetRequiredService<WebhookService>().AttemptsAsync(delivery.Id));
        Assert.Equal([500, 500, 200], attempts.Select(a => a.ResponseCode ?? 0));
        Assert.Equal([1, 2, 3], attempts.Select(a => a.Number));
        Assert.Equal(WebhookErrors.HttpStatus, attempts[0].Error);
        // Each attempt at the moment its retry fell due on the sender's clock: the first retry delay, then twice it.
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)], attempts.Zip(attempts.Skip(1), (a, b) => b.At - a.At));
    }

    [Fact]
    public async Task AReceiverThatNeverAcceptsIsGivenUpAfterTheLastAttempt()
    {
        await using var receiver = await WebhookReceiver.StartAsync((_, _) => Task.FromResult(503));
        using var app = WebhookTestExtensions.OnTheClock(out var clock);
        await app.RegisterWebhookAsync(receiver.Url);

        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("Never accepted."));

        await receiver.WaitForAsync(1);
        for (var attempt = 1; attempt < 4; attempt++)
        {
            await app.RetryWhenDueAsync(clock, receiver, attempt);
        }
        var delivery = await app.EventuallyDeliveryAsync(d => d.Status == WebhookDeliveryStatus.Failed);
        Assert.Equal(4, delivery.Attempts);
        Assert.Equal(503, delivery.ResponseCode);
        // Nothing more can arrive: the sender POSTs only deliveries it claims while pending, and none is left.
        // Each POST ends before its attempt is recorded, so the receiver has had every one of the four.
        await app.AssertNothingLeftToSendAsync();
        Assert.Equal(4, receiver.Received.Count);
        var attempts = await app.WithDbAsync((_, services) => services.GetRequiredService<WebhookService>().AttemptsAsync(delivery.Id));
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)], attempts.Zip(attempts.Skip(1), (a, b) => b.At - a.At));
    }

    [Fact]
    public async Task AnErrorLongerThanItsColumnIsCutBeforeAnEmojiNotThroughIt()
    {
        // The sender reports short categories today (WebhookErrors), but the log's 500-unit column is kept for
        // whatever an attempt reports: cut through an emoji, PostgreSQL refused to record the attempt.
        using var app = ManagerAccess.NewApp(new() { ["Webhooks:MaxAttempts"] = "1" });
        var webhook = await app.RegisterWebhookAsync("https://hooks.example.org/in");
        // Due in a year: the sender leaves it alone, the test records its one attempt.
        var job = await app.WithDbAsync(async db =>
        {
            var delivery = new WebhookDelivery
            {
                WebhookId = webhook.Id, EventId = Guid.NewGuid(), Event = "page.published", Payload = "{}",
                CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow.AddYears(1),
            };
            db.WebhookDeliveries.Add(delivery);
            await db.SaveChangesAsync();
            return new WebhookJob(delivery.Id, webhook.Id, webhook.Url, null, true, delivery.EventId, delivery.Event, delivery.Payload, 0);
        });
        var error = new string('e', 499) + "😀";

        await app.WithDbAsync(async (_, services) =>
        {
            await services.GetRequiredService<WebhookOutbox>().RecordAsync(job, new WebhookAttemptResult(DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1), 502, error));
            return true;
        });

        var attempt = Assert.Single(await app.WithDbAsync((_, services) => services.GetRequiredService<WebhookService>().AttemptsAsync(job.DeliveryId)));
        Assert.Equal(new string('e', 499), attempt.Error);
        WellFormedText.Assert(attempt.Error);
        var log = await (await app.SignedInAsync()).GetDocumentAsync($"/manager/webhooks/{webhook.Id}");
        Assert.Equal(attempt.Error, log.QuerySelector(".delivery-error")!.GetAttribute("data-error"));
    }

    [Fact]
    public async Task ASlowReceiverNeverSlowsPublishingNorTheOtherReceivers()
    {
        // The slow one never answers its first call (it holds it until the sender gives up), then answers at once.
        await using var slow = await WebhookReceiver.StartAsync(async (call, token) =>
        {
            if (call == 1)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
            }
            return 200;
        });
        await using var fast = await WebhookReceiver.StartAsync();
        using var app = new MassarApp(Fast(timeout: "00:00:01.500"));
        await app.RegisterWebhookAsync(slow.Url);
        await app.RegisterWebhookAsync(fast.Url);
        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("Warm-up publish."));
        await fast.WaitForAsync(1);
        await slow.WaitForAsync(1);

        var clock = Stopwatch.StartNew();
        await app.PublishAsync("ar", "faq", c => c.WithFirstAnswer("نشر أثناء انتظار المستقبِل البطيء."));
        var publishing = clock.Elapsed;

        Assert.True(publishing < TimeSpan.FromSeconds(2), $"publishing took {publishing} while a receiver was stuck");
        await fast.WaitForAsync(2);
        var deliveries = await app.EventuallyAsync(log => log.Items.Count(d => d.Status == WebhookDeliveryStatus.Delivered) == 4, seconds: 20);
        var timedOut = deliveries.Items.Single(d => d.Url == slow.Url && d.Attempts == 2);
        var attempts = await app.WithDbAsync((_, services) => services.GetRequiredService<WebhookService>().AttemptsAsync(timedOut.Id));
        Assert.Equal(WebhookErrors.Timeout, attempts[0].Error);
        Assert.Null(attempts[0].ResponseCode);
    }

    [Fact]
    public async Task ADisabledWebhookGetsNothingAndItsWaitingDeliveriesAreCancelled()
    {
        await using var active = await WebhookReceiver.StartAsync();
        await using var disabled = await WebhookReceiver.StartAsync((_, _) => Task.FromResult(500));
        using var app = new MassarApp(Fast());
        await app.RegisterWebhookAsync(active.Url);
        var off = await app.RegisterWebhookAsync(disabled.Url);
        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("Before disabling."));
        await disabled.WaitForAsync(1);

        await app.WithDbAsync((_, services) => services.GetRequiredService<WebhookService>().DisableAsync(off.Id, "admin"));
        // A retry already on its way when the Admin disabled it may still arrive; once the sender has cancelled the
        // waiting delivery (at its next claim, after any attempt in flight was recorded) nothing more is on its way.
        await app.EventuallyAsync(log => log.Items.Any(d => d.WebhookId == off.Id && d.Status == WebhookDeliveryStatus.Cancelled));
        var callsWhenDisabled = disabled.Received.Count;
        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("After disabling."));
        await active.WaitForAsync(2);
        await app.EventuallyAsync(log => log.Items.Count(d => d.WebhookId != off.Id && d.Status == WebhookDeliveryStatus.Delivered) == 2);
        await app.AssertNothingLeftToSendAsync();

        Assert.Equal(callsWhenDisabled, disabled.Received.Count);
        var webhooks = await app.WithDbAsync((_, services) => services.GetRequiredService<WebhookService>().ListAsync());
        Assert.False(webhooks.Single(w => w.Id == off.Id).Active);
        var log = await app.DeliveriesAsync();
        Assert.Equal(WebhookDeliveryStatus.Cancelled, log.Items.Single(d => d.WebhookId == off.Id).Status);
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == AuditActions.WebhookDisable)));
    }

    [Fact]
    public async Task TwoServersOnOneDatabaseDeliverEachEventOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var first = new MassarApp(Fast());
        await first.RegisterWebhookAsync(receiver.Url);
        var settings = Fast();
        foreach (var (key, value) in first.DatabaseSettings)
        {
            settings[key] = value;
        }
        using var second = new MassarApp(settings);
        _ = second.Services; // started: its sender polls the same tables

        foreach (var answer in new[] { "One.", "Two.", "Three." })
        {
            await first.PublishAsync("en", "faq", c => c.WithFirstAnswer(answer));
        }

        await receiver.WaitForAsync(3);
        // Each delivery is claimed by one server at a time and a POST is recorded as an attempt once it ends: three
        // deliveries, each delivered at its first attempt, with nothing pending, are three POSTs and no more.
        var log = await first.EventuallyAsync(log => log.Items.Count == 3 && log.Items.All(d => d.Status == WebhookDeliveryStatus.Delivered));
        await first.AssertNothingLeftToSendAsync();
        Assert.All(log.Items, d => Assert.Equal(1, d.Attempts));
        var ids = receiver.Received.Select(r => r.Headers[WebhookSignature.IdHeader]).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("ftp://example.org/hook")]
    [InlineData("/relative/hook")]
    [InlineData("http://user:secret@example.org/hook")]
    [InlineData("")]
    public async Task OnlyAbsoluteHttpAddressesCanBeRegistered(string url)
    {
        using var app = new MassarApp();

        await Assert.ThrowsAsync<ArgumentException>(() => app.RegisterWebhookAsync(url));
        Assert.Empty(await app.WithDbAsync((_, services) => services.GetRequiredService<WebhookService>().ListAsync()));
    }
}

internal static class WebhookTestExtensions
{
    /// <summary>Fast timings so retries happen within a test; receivers on loopback allowed unless the test says not.</summary>
    public static Dictionary<string, string?> Fast(string timeout = "00:00:05", bool allowPrivateAddresses = true) => new()
    {
        ["Webhooks:PollInterval"] = "00:00:00.100",
        ["Webhooks:FirstRetryDelay"] = "00:00:00.300",
        ["Webhooks:MaxAttempts"] = "4",
        ["Webhooks:Timeout"] = timeout,
        ["Webhooks:AllowPrivateAddresses"] = allowPrivateAddresses ? "true" : "false",
    };

    /// <summary>
    /// Retry delays of minutes, which a test never waits for: it moves the app's clock (<see cref="OnTheClock"/>) to
    /// the moment a retry is due, with <see cref="RetryWhenDueAsync"/>.
    /// </summary>
    private static Dictionary<string, string?> OnTheClockSettings() => new(Fast())
    {
        ["Webhooks:FirstRetryDelay"] = "00:01:00",
        ["Webhooks:MaxRetryDelay"] = "01:00:00",
    };

    /// <summary>
    /// An app on a clock of its own, which starts at the next whole second once the app's database exists: not
    /// before the events the seed left in it (the webhook would hear of those), and whole, so the times PostgreSQL
    /// keeps (to the microsecond) are the times the sender computed.
    /// </summary>
    public static MassarApp OnTheClock(out FakeTimeProvider clock)
    {
        var time = clock = new FakeTimeProvider();
        var app = new MassarApp(OnTheClockSettings(), services: s => s.AddSingleton<TimeProvider>(time));
        var now = DateTimeOffset.UtcNow;
        clock.SetUtcNow(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1));
        return app;
    }

    /// <summary>
    /// Once the sender has recorded attempt <paramref name="attemptsSoFar"/> of the one delivery, moves the
    /// app's clock to the moment its retry is due and waits for the receiver to get that retry (the sender finds
    /// it due at its next poll, within the 100 ms of <see cref="Fast"/>).
    /// </summary>
    public static async Task RetryWhenDueAsync(this MassarApp app, FakeTimeProvider clock, WebhookReceiver receiver, int attemptsSoFar)
    {
        await app.EventuallyDeliveryAsync(d => d.Attempts == attemptsSoFar && d.Status == WebhookDeliveryStatus.Pending);
        var due = await app.WithDbAsync((_, services) => services.GetRequiredService<WebhookOutbox>().NextDueAsync());
        Assert.True(due > clock.GetUtcNow(), $"retry {attemptsSoFar} due at {due}, not after the attempt at {clock.GetUtcNow()}");
        clock.SetUtcNow(due!.Value);
        await receiver.WaitForAsync(attemptsSoFar + 1);
    }

    /// <summary>Whether the Standard Webhooks signature of <paramref name="received"/> verifies with <paramref name="secret"/>.</summary>
    public static bool Verifies(this ReceivedWebhook received, string secret) =>
        WebhookSignature.Verify(secret, received.Headers[WebhookSignature.IdHeader],
            long.Parse(received.Headers[WebhookSignature.TimestampHeader], CultureInfo.InvariantCulture), received.Body,
            received.Headers[WebhookSignature.SignatureHeader]);

    public static async Task<ReceivedWebhook> WaitForAsync(this WebhookReceiver receiver, int count, int seconds = 15)
    {
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(seconds), () => Task.FromResult(receiver.Received.Count >= count)),
            $"the receiver got {receiver.Received.Count} of {count} POSTs");
        return receiver.Received.ElementAt(count - 1);
    }

    public static async Task<DeliveryLogEntry> EventuallyDeliveryAsync(this MassarApp app, Func<DeliveryLogEntry, bool> done, int seconds = 15) =>
        (await app.EventuallyAsync(log => log.Items.Count == 1 && done(log.Items[0]), seconds)).Items[0];

    /// <summary>
    /// Waits for the webhook dispatcher's first round, which follows the site's first page and marks the seed's
    /// events sent in a commit of its own: before a test counts commits or copies the database, as a site that has
    /// run would have done it.
    /// </summary>
    public static async Task WaitForSeedEventsSentAsync(this MassarApp app) =>
        Assert.True(await Eventually.WithinAsync(TimeSpan.FromSeconds(10),
            () => app.WithDbAsync(db => db.ContentEvents.AllAsync(e => e.DispatchedAt != null))), "the first webhook round never ended");

    /// <summary>No delivery is pending, so the sender has nothing it could still POST.</summary>
    public static async Task AssertNothingLeftToSendAsync(this MassarApp app) =>
        Assert.Null(await app.WithDbAsync((_, services) => services.GetRequiredService<WebhookOutbox>().NextDueAsync()));

    public static async Task<DeliveryLogPage> EventuallyAsync(this MassarApp app, Func<DeliveryLogPage, bool> done, int seconds = 15)
    {
        DeliveryLogPage log = null!;
        var reached = await Eventually.WithinAsync(TimeSpan.FromSeconds(seconds), async () => done(log = await app.DeliveriesAsync()));
        Assert.True(reached, "deliveries: " + string.Join("; ", log.Items.Select(d => $"{d.Url} {d.Status} x{d.Attempts} {d.ResponseCode} {d.Error}")));
        return log;
    }

    /// <summary>
    /// A webhook stored as an earlier version stored it (plain secret, no address check), with a test event queued
    /// for it: what the sender must still handle safely.
    /// </summary>
    public static Task<int> StoreOldWebhookWithATestEventAsync(this MassarApp app, string url, string plainSecret) =>
        app.WithDbAsync(async (db, services) =>
        {
            var webhook = new Webhook { Url = url, Secret = plainSecret, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "admin@test" };
            db.Webhooks.Add(webhook);
            await db.SaveChangesAsync();
            Assert.True(await services.GetRequiredService<WebhookService>().SendTestAsync(webhook.Id, "admin@test"));
            return webhook.Id;
        });
    public static Task<WebhookRegistration> RegisterWebhookAsync(this MassarApp app, string url) =>
        app.WithDbAsync((_, services) => services.GetRequiredService<WebhookService>().RegisterAsync(url, "admin@test"));

    public static Task<DeliveryLogPage> DeliveriesAsync(this MassarApp app) =>
        app.WithDbAsync((_, services) => services.GetRequiredService<WebhookService>().DeliveriesAsync(null, 1, 50));
}
