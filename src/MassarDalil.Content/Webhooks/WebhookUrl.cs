namespace MassarDalil.Content.Webhooks;

/// <summary>
/// Which addresses a webhook may have: absolute https to a public host. Events carry nothing secret and are signed,
/// but over plain http anyone on the way could read, delay or drop them. Receivers on this machine or a private
/// network (<see cref="WebhookAddresses"/>) only when <see cref="WebhookOptions.AllowPrivateAddresses"/> is on,
/// and then plain http only to this machine, which crosses no network.
/// </summary>
public static class WebhookUrl
{
    public const int MaxLength = 2000;

    /// <summary>Null when <paramref name="url"/> may be registered; otherwise why not, in plain English for the manager to translate.</summary>
    public static string? Problem(string? url, bool allowPrivateAddresses)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "Enter the receiver's address.";
        }
        if (url.Length > MaxLength)
        {
            return "The address is too long.";
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Host.Length == 0)
        {
            return "Enter a full address that starts with https://.";
        }
        if (uri.UserInfo.Length > 0)
        {
            return "The address must not hold a user name or password: the signature proves who sends.";
        }
        if (!allowPrivateAddresses && WebhookAddresses.IsPrivateHost(uri))
        {
            return "This address is on this machine or a private network. Webhooks go to receivers on the public internet.";
        }
        if (uri.Scheme == Uri.UriSchemeHttp && !(allowPrivateAddresses && WebhookAddresses.IsLoopbackHost(uri)))
        {
            return allowPrivateAddresses ? "Use https://. Plain http is allowed only for a receiver on this machine (localhost)." : "Use https://.";
        }
        return null;
    }
}
