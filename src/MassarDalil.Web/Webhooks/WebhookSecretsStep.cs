using MassarDalil.Content.Webhooks;
using MassarDalil.Web.Operations;

namespace MassarDalil.Web.Webhooks;

/// <summary>Encrypts the webhook secrets stored in clear by earlier versions (or a restored old backup), once, at start.</summary>
internal sealed partial class WebhookSecretsStep(IServiceScopeFactory scopes, ILogger<WebhookSecretsStep> logger) : IDatabaseStartupStep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<WebhookService>().ProtectStoredSecretsAsync(cancellationToken) is > 0 and var count)
        {
            LogProtected(count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Encrypted {Count} webhook secrets stored in clear")]
    private partial void LogProtected(int count);
}
