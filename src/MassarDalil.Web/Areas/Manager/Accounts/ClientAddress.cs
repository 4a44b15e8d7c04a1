using System.Net;
using System.Net.Sockets;

namespace MassarDalil.Web.Areas.Manager.Accounts;

/// <summary>Where a sign-in attempt comes from, as the throttle counts it.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The client's IPv4 address, or the /64 network of its IPv6 address (one subscriber usually holds a whole
    /// /64, so counting single IPv6 addresses would give a guesser billions of fresh starts).
    /// </summary>
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
