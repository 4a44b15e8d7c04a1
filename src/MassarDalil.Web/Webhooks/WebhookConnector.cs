using System.Net;
using System.Net.Sockets;
using MassarDalil.Content.Webhooks;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Webhooks;

/// <summary>
/// Opens the sender's connections itself, so the address it checks is the address it connects to: the name is
/// resolved here, addresses that are not public (<see cref="WebhookAddresses"/>) are dropped unless
/// <see cref="WebhookOptions.AllowPrivateAddresses"/> is on, and the socket connects only to what is left. A name
/// that pointed outside when it was registered and inside now (DNS rebinding) is refused at this step.
/// </summary>
internal sealed class WebhookConnector(WebhookHostResolver resolver, IOptions<WebhookOptions> options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolver.ResolveAsync(host, cancellationToken);
        var allowed = options.Value.AllowPrivateAddresses ? addresses : Array.FindAll(addresses, WebhookAddresses.IsPublic);
        if (allowed.Length == 0)
        {
            throw new WebhookAddressBlockedException();
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>Name resolution for the sender; a seam so tests can make a name point inside the network.</summary>
internal class WebhookHostResolver
{
    public virtual Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}

/// <summary>The receiver's address is on this machine or a private network, and such receivers are not allowed.</summary>
internal sealed class WebhookAddressBlockedException() : Exception("The receiver's address is not a public one.");
