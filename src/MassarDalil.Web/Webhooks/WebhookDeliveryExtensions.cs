using MassarDalil.Content.Webhooks;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Webhooks;

public static class WebhookDeliveryExtensions
{
    /// <summary>The background sender of webhook deliveries (the engine registers, stores and logs them).</summary>
    public static WebApplicationBuilder AddWebhookDelivery(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WebhookHostResolver>();
        builder.Services.AddSingleton<WebhookConnector>();
        builder.Services.AddHttpClient(WebhookSender.ClientName, (services, client) =>
                client.Timeout = services.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(services => new SocketsHttpHandler
            {
                // A redirect is the receiver's misconfiguration, and following one would reach an address nobody checked.
                AllowAutoRedirect = false,
                UseCookies = false,
                // Straight to the receiver: through a proxy, the address checked would be the proxy's.
                UseProxy = false,
                ConnectCallback = services.GetRequiredService<WebhookConnector>().ConnectAsync,
            })
            // The client's own log lines name the receiver's address, which may carry a token.
            .RemoveAllLoggers();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHostedService<WebhookDispatcher>();
        return builder;
    }
}
