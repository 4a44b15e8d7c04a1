using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MassarDalil.Tests.Support;

/// <summary>
/// A webhook receiver on a loopback port: records every POST, then answers as the test says
/// (the 1-based number of the call is given, so it can fail, sleep or accept).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public string Url { get; private set; } = "";

    /// <param name="reasonPhrase">Sent as the status line's reason and as the body: words an internal service might say about itself.</param>
    public static async Task<WebhookReceiver> StartAsync(Func<int, CancellationToken, Task<int>>? respond = null, string? reasonPhrase = null)
    {
        respond ??= (_, _) => Task.FromResult(StatusCodes.Status200OK);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        var calls = 0;
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            receiver.Received.Enqueue(new ReceivedWebhook(DateTimeOffset.UtcNow, body, headers));
            context.Response.StatusCode = await respond(Interlocked.Increment(ref calls), context.RequestAborted);
            if (reasonPhrase is not null)
            {
                context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = reasonPhrase;
                await context.Response.WriteAsync(reasonPhrase);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = $"{address}/hook";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedWebhook(DateTimeOffset At, string Body, IReadOnlyDictionary<string, string> Headers);
