using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using MassarDalil.Content.Webhooks;

namespace MassarDalil.Web.Webhooks;

/// <summary>One signed POST of a delivery's JSON; never throws for the receiver's faults, it reports them by category.</summary>
internal sealed class WebhookSender(IHttpClientFactory clients, TimeProvider time)
{
    public const string ClientName = "webhooks";

    public async Task<WebhookAttemptResult> SendAsync(WebhookJob job, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        if (job.Secret is not { } secret)
        {
            return new WebhookAttemptResult(startedAt, TimeSpan.Zero, null, WebhookErrors.SecretUnreadable);
        }
        using var request = Signed(job, secret, startedAt.ToUnixTimeSeconds());
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return new WebhookAttemptResult(startedAt, clock.Elapsed, code, response.IsSuccessStatusCode ? "" : WebhookErrors.HttpStatus);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttemptResult(startedAt, clock.Elapsed, null, WebhookFailures.Categorise(e));
        }
    }

    private static HttpRequestMessage Signed(WebhookJob job, string secret, long timestamp)
    {
        var id = job.EventId.ToString();
        var seconds = timestamp.ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, job.Url)
        {
            Content = new StringContent(job.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.IdHeader, id);
        request.Headers.Add(WebhookSignature.TimestampHeader, seconds);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, id, timestamp, job.Payload));
        request.Headers.Add(WebhookSignature.EventHeader, job.Event);
        request.Headers.Add(WebhookSignature.DeliveryHeader, job.DeliveryId.ToString(CultureInfo.InvariantCulture));
        if (!WebhookSignature.IsStandard(secret))
        {
            request.Headers.Add(LegacyWebhookSignature.EventIdHeader, id);
            request.Headers.Add(LegacyWebhookSignature.TimestampHeader, seconds);
            request.Headers.Add(LegacyWebhookSignature.SignatureHeader, LegacyWebhookSignature.Sign(secret, timestamp, job.Payload));
        }
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("MassarDalil-Webhooks", "1"));
        return request;
    }
}
