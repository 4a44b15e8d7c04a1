using System.Net.Sockets;
using System.Security.Authentication;
using MassarDalil.Content.Webhooks;

namespace MassarDalil.Web.Webhooks;

/// <summary>Sorts what went wrong on the way to a receiver into a <see cref="WebhookErrors"/> category; its message is never kept.</summary>
internal static class WebhookFailures
{
    public static string Categorise(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case WebhookAddressBlockedException:
                    return WebhookErrors.BlockedAddress;
                case TaskCanceledException or TimeoutException:
                    return WebhookErrors.Timeout;
                case AuthenticationException:
                    return WebhookErrors.Tls;
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return WebhookErrors.Refused;
                case SocketException { SocketErrorCode: SocketError.TimedOut }:
                    return WebhookErrors.Timeout;
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return WebhookErrors.NameNotFound;
            }
        }
        return failure is HttpRequestException { HttpRequestError: var error } ? error switch
        {
            HttpRequestError.NameResolutionError => WebhookErrors.NameNotFound,
            HttpRequestError.SecureConnectionError => WebhookErrors.Tls,
            _ => WebhookErrors.Network,
        } : WebhookErrors.Network;
    }
}
