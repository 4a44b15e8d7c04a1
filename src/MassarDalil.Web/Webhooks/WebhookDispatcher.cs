using System.Threading.Channels;
using MassarDalil.Content.Data;
using MassarDalil.Content.Published;
using MassarDalil.Content.Webhooks;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Webhooks;

/// <summary>
/// Sends webhook deliveries in the background: hands new content events to every active webhook,
/// then POSTs what is due, a few at a time, and records each attempt. Publishing only writes an
/// event row in its own transaction, so a slow or failing receiver never slows it. Woken at once
/// when this server sees new content, and otherwise every <see cref="WebhookOptions.PollInterval"/>
/// (which also picks up events from other servers and the CLI, and retries that fall due).
/// </summary>
internal sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes, WebhookSender sender, PublishedContent content, DatabaseReadiness readiness, IOptions<WebhookOptions> options,
    TimeProvider time, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitForFirstPageAsync(stoppingToken);
        content.Changed += Wake;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var busy = false;
                try
                {
                    busy = await RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogRoundFailed(e);
                }
                if (!busy)
                {
                    await SleepAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            content.Changed -= Wake;
        }
    }

    /// <summary>One round; true when there may be more to do straight away.</summary>
    internal async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<WebhookOutbox>();
        await outbox.FanOutAsync(cancellationToken);
        var batch = settings.Concurrency * 4;
        // The lease outlasts every attempt in the batch, so no other server sends them meanwhile.
        var jobs = await outbox.ClaimDueAsync(batch, settings.Timeout * 5 + TimeSpan.FromMinutes(1), cancellationToken);
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
            async (job, token) =>
            {
                await using var jobScope = scopes.CreateAsyncScope();
                var jobOutbox = jobScope.ServiceProvider.GetRequiredService<WebhookOutbox>();
                if (!job.WebhookActive)
                {
                    await jobOutbox.CancelAsync(job, token);
                    return;
                }
                var result = await sender.SendAsync(job, token);
                await jobOutbox.RecordAsync(job, result, token);
                if (!result.Succeeded)
                {
                    LogAttemptFailed(job.WebhookId, job.Event, job.Attempts + 1, result.ResponseCode, result.Error);
                }
            });
        return jobs.Count == batch;
    }

    private void Wake(PublishedSnapshot snapshot) => _wake.Writer.TryWrite(true);

    private async Task SleepAsync(CancellationToken stoppingToken)
    {
        var wait = options.Value.PollInterval;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<WebhookOutbox>().NextDueAsync(stoppingToken) is { } due)
            {
                var untilDue = due - time.GetUtcNow();
                wait = untilDue < wait ? untilDue : wait;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database is away (the round just failed too, and said so): poll again later. Letting this
            // escape would end the service, and with it the host: the whole site would stop for a lost database.
        }
        if (wait <= TimeSpan.Zero)
        {
            return;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(wait);
        try
        {
            await _wake.Reader.WaitToReadAsync(timeout.Token);
            _wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // the wait ran out: time for the next round
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook round failed; trying again at the next poll")]
    private partial void LogRoundFailed(Exception e);

    // By id, never by address: a receiver's address may hold a token, and logs travel further than the database.
    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {WebhookId} did not take {Event} (attempt {Attempt}): {Status} {Error}")]
    private partial void LogAttemptFailed(int webhookId, string @event, int attempt, int? status, string error);
}
