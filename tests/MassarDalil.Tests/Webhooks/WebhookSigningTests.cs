using System.Globalization;
using System.Text;
using MassarDalil.Content.Webhooks;
using MassarDalil.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace MassarDalil.Tests.Webhooks;

/// <summary>Receivers verify us with a Standard Webhooks library; secrets are encrypted at rest and old ones keep working.</summary>
public class WebhookSigningTests
{
    /// <summary>URL-safe base64 without padding, as earlier versions made secrets.</summary>
    private const string OldSecret = "b2xkLXNlY3JldC1tYWRlLWJ5LWFuLWVhcmxpZXItdmVyc2lvbg";

    [Fact]
    public async Task AStandardWebhooksLibraryVerifiesTheEventsOfANewWebhook()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = new MassarApp(WebhookTestExtensions.Fast());
        var registration = await app.RegisterWebhookAsync(receiver.Url);

        await app.PublishAsync("en", "faq", c => c.WithFirstAnswer("Verified by a receiver library."));
        var received = await receiver.WaitForAsync(1);
        var headers = Headers(received);

        Assert.StartsWith("whsec_", registration.Secret, StringComparison.Ordinal);
        new StandardWebhook(registration.Secret).Verify(received.Body, headers); // throws when it does not verify
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(WebhookSignature.NewSecret()).Verify(received.Body, headers));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(registration.Secret).Verify(received.Body.Replace("faq", "guide", StringComparison.Ordinal), headers));
        var otherId = new HeaderDictionary(headers.ToDictionary()) { [WebhookSignature.IdHeader] = Guid.NewGuid().ToString() };
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(registration.Secret).Verify(received.Body, otherId));
        Assert.False(received.Headers.ContainsKey(LegacyWebhookSignature.SignatureHeader));
        var stored = await app.WithDbAsync(db => db.Webhooks.AsNoTracking().SingleAsync());
        Assert.True(WebhookSecrets.IsProtected(stored.Secret));
        Assert.DoesNotContain(registration.Secret[WebhookSignature.SecretPrefix.Length..], stored.Secret, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecretStoredInClearKeepsSigningAsBeforeAndIsEncryptedWhenTheSiteNextStarts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var first = new MassarApp(WebhookTestExtensions.Fast());
        var id = await first.StoreOldWebhookWithATestEventAsync(receiver.Url, OldSecret);

        var received = await receiver.WaitForAsync(1);

        // The receiver's existing check still passes...
        var timestamp = long.Parse(received.Headers[LegacyWebhookSignature.TimestampHeader], CultureInfo.InvariantCulture);
        Assert.Equal(LegacyWebhookSignature.Sign(OldSecret, timestamp, received.Body), received.Headers[LegacyWebhookSignature.SignatureHeader]);
        Assert.Equal(received.Headers[WebhookSignature.IdHeader], received.Headers[LegacyWebhookSignature.EventIdHeader]);
        // ...and a Standard Webhooks library verifies too, given the old secret's bytes.
        new StandardWebhook(Encoding.UTF8.GetBytes(OldSecret)).Verify(received.Body, Headers(received));

        var settings = WebhookTestExtensions.Fast();
        foreach (var (key, value) in first.DatabaseSettings)
        {
            settings[key] = value;
        }
        using var second = new MassarApp(settings);
        var stored = await second.WithDbAsync(db => db.Webhooks.AsNoTracking().SingleAsync(w => w.Id == id));
        Assert.True(WebhookSecrets.IsProtected(stored.Secret));
        Assert.DoesNotContain(OldSecret, stored.Secret, StringComparison.Ordinal);

        await second.WithDbAsync((_, s) => s.GetRequiredService<WebhookService>().SendTestAsync(id, "admin@test"));
        Assert.True((await receiver.WaitForAsync(2)).Verifies(OldSecret));
    }

    [Fact]
    public async Task ASecretThatCannotBeDecryptedIsReportedAndNothingIsSent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = new MassarApp(WebhookTestExtensions.Fast());
        await app.StoreOldWebhookWithATestEventAsync(receiver.Url, "dp1:made-with-a-key-this-site-never-had");

        var delivery = await app.EventuallyDeliveryAsync(d => d.Attempts >= 1);

        Assert.Equal(WebhookErrors.SecretUnreadable, delivery.Error);
        Assert.Empty(receiver.Received);
    }

    private static HeaderDictionary Headers(ReceivedWebhook received) =>
        new(received.Headers.ToDictionary(h => h.Key, h => new StringValues(h.Value), StringComparer.OrdinalIgnoreCase));
}
