using System.Net;

namespace MassarDalil.Content.Webhooks;

/// <summary>
/// Which addresses a webhook may have: absolute https, or plain http only to this machine
/// (localhost, 127.0.0.0/8, ::1). Events carry nothing secret and are signed, but over plain http
/// anyone on the way could read, delay or drop them, and a receiver that acts on them (purging a CDN,
/// rebuilding an app's cache) deserves to know the request was not tampered with on the wire. A
/// receiver on the same machine crosses no network, so http is fine there, in every environment;
/// that keeps the rule one rule, the same in Development, tests and production.
/// </summary>
public static class WebhookUrl
{
    public const int MaxLength = 2000;

    /// <summary>Null when <paramref name="url"/> may be registered; otherwise why not, in plain English for the manager to translate.</summary>
    public static string? Problem(string? url)
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
        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            return "Use https://. Plain http is allowed only for a receiver on this machine (localhost).";
        }
        return null;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
