using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using MassarDalil.Content.Webhooks;

namespace MassarDalil.Web.Webhooks;

/// <summary>One signed POST of a delivery's JSON; never throws for the receiver's faults, it reports them.</summary>
internal sealed class WebhookSender(IHttpClientFactory clients, TimeProvider time)
{
    public const string ClientName = "webhooks";

    public async Task<WebhookAttemptResult> SendAsync(WebhookJob job, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var timestamp = startedAt.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, job.Url)
        {
            Content = new StringContent(job.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(job.Secret, timestamp, job.Payload));
        request.Headers.Add(WebhookSignature.EventHeader, job.Event);
        request.Headers.Add(WebhookSignature.EventIdHeader, job.EventId.ToString());
        request.Headers.Add(WebhookSignature.DeliveryHeader, job.DeliveryId.ToString(CultureInfo.InvariantCulture));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("MassarDalil-Webhooks", "1"));

        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return new WebhookAttemptResult(startedAt, clock.Elapsed, code, response.IsSuccessStatusCode ? "" : $"HTTP {code} {response.ReasonPhrase}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var error = e is TaskCanceledException ? "timed out" : e.Message;
            return new WebhookAttemptResult(startedAt, clock.Elapsed, null, error);
        }
    }
}
