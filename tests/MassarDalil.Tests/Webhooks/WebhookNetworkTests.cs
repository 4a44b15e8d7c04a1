using System.Net;
using System.Net.Sockets;
using AngleSharp.Dom;
using MassarDalil.Content.Webhooks;
using MassarDalil.Tests.Support;
using MassarDalil.Web.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Webhooks;

/// <summary>Webhooks must not become a way into the site's network: what is refused, what is logged, what is shown.</summary>
public class WebhookNetworkTests
{
    private static Dictionary<string, string?> Settings(bool allowPrivateAddresses)
    {
        var settings = WebhookTestExtensions.Fast(allowPrivateAddresses: allowPrivateAddresses);
        settings["Admin:Email"] = ManagerAccess.AdminEmail;
        settings["Admin:Password"] = ManagerAccess.AdminPassword;
        return settings;
    }

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://10.0.0.1/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[::ffff:a9fe:a9fe]/")]
    [InlineData("https://0x7f000001/")]
    [InlineData("http://localhost/manager/users")]
    public async Task AnAdminCannotRegisterAnAddressInsideTheNetwork(string address)
    {
        using var app = new MassarApp(Settings(allowPrivateAddresses: false));
        var admin = await app.SignedInAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var response = await admin.SubmitAsync(await admin.GetDocumentAsync("/manager/webhooks"), "#new-webhook-form",
            new Dictionary<string, string> { ["Address"] = address });
        var refused = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("private network", refused.QuerySelector("#url-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.Webhooks.ToListAsync()));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("[::ffff:127.0.0.1]")]
    [InlineData("2130706433")]
    [InlineData("localhost")]
    [InlineData("hooks.rebound.example")] // a name whose DNS answer now points at this machine
    public async Task TheSenderConnectsToNoAddressInsideTheNetworkWhateverTheStoredAddressSays(string host)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = new MassarApp(Settings(allowPrivateAddresses: false),
            services: s => s.AddSingleton<WebhookHostResolver>(new ResolvesTo(IPAddress.Loopback)));
        // As registered by an earlier version, or before the name's DNS answer changed.
        await app.StoreOldWebhookWithATestEventAsync($"http://{host}:{new Uri(receiver.Url).Port}/hook", "an-older-secret");

        var delivery = await app.EventuallyDeliveryAsync(d => d.Attempts >= 1);

        Assert.Equal(WebhookErrors.BlockedAddress, delivery.Error);
        Assert.Null(delivery.ResponseCode);
        Assert.Empty(receiver.Received);
    }

    [Theory]
    [InlineData(WebhookErrors.Refused)]
    [InlineData(WebhookErrors.Tls)]
    [InlineData(WebhookErrors.HttpStatus)]
    public async Task TheDeliveryLogShowsAStatusAndACategoryNeverTheReceiversWordsNorTheSocketsMessage(string category)
    {
        const string internalWords = "db-primary.corp.internal maintenance";
        await using var receiver = await WebhookReceiver.StartAsync((_, _) => Task.FromResult(503), internalWords);
        var port = new Uri(receiver.Url).Port;
        var url = category switch
        {
            WebhookErrors.Refused => $"http://127.0.0.1:{ClosedPort()}/hook",
            WebhookErrors.Tls => $"https://127.0.0.1:{port}/hook", // the receiver speaks plain http
            _ => receiver.Url,
        };
        using var app = new MassarApp(Settings(allowPrivateAddresses: true));
        var registered = await app.RegisterWebhookAsync(url);
        await app.WithDbAsync((_, s) => s.GetRequiredService<WebhookService>().SendTestAsync(registered.Id, "admin@test"));
        var delivery = await app.EventuallyDeliveryAsync(d => d.Attempts >= 1);
        var admin = await app.SignedInAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var row = (await admin.GetDocumentAsync($"/manager/webhooks/{registered.Id}")).QuerySelector("#deliveries tbody tr")!;

        Assert.Equal(category, delivery.Error);
        Assert.Equal(category, row.QuerySelector(".delivery-error")!.GetAttribute("data-error"));
        Assert.Equal(category == WebhookErrors.HttpStatus ? 503 : null, delivery.ResponseCode);
        Assert.DoesNotContain("corp.internal", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("inner exception", row.TextContent, StringComparison.Ordinal);
        if (category == WebhookErrors.HttpStatus)
        {
            Assert.Contains("HTTP 503", row.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ErrorsWrittenByEarlierVersionsAreShownAsTheirCategoryNotTheirText()
    {
        using var app = new MassarApp(Settings(allowPrivateAddresses: false));
        var registered = await app.RegisterWebhookAsync("https://hooks.example.org/in");
        await app.WithDbAsync(db =>
        {
            foreach (var (code, error) in new[] { ((int?)500, "HTTP 500 db-01.corp.internal is down"), (null, "Connection refused (10.0.0.7:5432)") })
            {
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    WebhookId = registered.Id, EventId = Guid.NewGuid(), Event = "page.published", Payload = "{}",
                    Status = WebhookDeliveryStatus.Failed, Attempts = 8, ResponseCode = code, Error = error,
                    CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow,
                });
            }
            return db.SaveChangesAsync();
        });
        var admin = await app.SignedInAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var log = (await admin.GetDocumentAsync($"/manager/webhooks/{registered.Id}")).QuerySelector("#deliveries")!.TextContent;

        Assert.Contains("HTTP status", log, StringComparison.Ordinal);
        Assert.Contains("Network error", log, StringComparison.Ordinal);
        Assert.DoesNotContain("corp.internal", log, StringComparison.Ordinal);
        Assert.DoesNotContain("10.0.0.7", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLogNeverNamesAReceiversAddress()
    {
        var logs = new CapturedLogs();
        await using var receiver = await WebhookReceiver.StartAsync((_, _) => Task.FromResult(500));
        using var app = new MassarApp(Settings(allowPrivateAddresses: true), services: s => s.AddSingleton<ILoggerProvider>(logs));
        var registered = await app.RegisterWebhookAsync(receiver.Url + "?token=receiver-token");

        await app.WithDbAsync((_, s) => s.GetRequiredService<WebhookService>().SendTestAsync(registered.Id, "admin@test"));
        await receiver.WaitForAsync(2);
        await app.EventuallyDeliveryAsync(d => d.Attempts >= 2);

        var authority = new Uri(receiver.Url).Authority;
        Assert.Contains(logs.Lines, l => l.Contains($"Webhook {registered.Id} did not take", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(authority, StringComparison.Ordinal) || l.Contains("receiver-token", StringComparison.Ordinal));
    }

    /// <summary>A loopback port nothing listens on (just released; nothing else in the test binds it).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Every name resolves to <paramref name="address"/>, as a rebinding DNS server would answer.</summary>
    private sealed class ResolvesTo(IPAddress address) : WebhookHostResolver
    {
        public override Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Task.FromResult(new[] { address });
    }
}
