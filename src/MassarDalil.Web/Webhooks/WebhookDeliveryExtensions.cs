using MassarDalil.Content.Webhooks;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Webhooks;

public static class WebhookDeliveryExtensions
{
    /// <summary>The background sender of webhook deliveries (the engine registers, stores and logs them).</summary>
    public static WebApplicationBuilder AddWebhookDelivery(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(WebhookSender.ClientName, (services, client) =>
                client.Timeout = services.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            // A redirect is the receiver's misconfiguration: report it rather than POST elsewhere.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHostedService<WebhookDispatcher>();
        return builder;
    }
}
