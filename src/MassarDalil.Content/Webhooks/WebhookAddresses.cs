using System.Net;
using System.Net.Sockets;

namespace MassarDalil.Content.Webhooks;

/// <summary>
/// Which network addresses a webhook may reach unless <see cref="WebhookOptions.AllowPrivateAddresses"/> is on:
/// public unicast only. Everything else (this machine, private and carrier-grade NAT networks, link-local such as
/// the cloud metadata service at 169.254.169.254, multicast, reserved and unspecified) is inside someone's network,
/// where a POST from the site could reach a service that trusts it. Checked on the address as typed when a webhook
/// is registered, and again on every address a name resolves to when the sender connects, so a name that later
/// points inside (DNS rebinding) is refused too.
/// </summary>
public static class WebhookAddresses
{
    private static readonly IPNetwork[] NotPublicV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),       // "this network", 0.0.0.0
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),   // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),  // link-local, cloud metadata
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),    // IETF protocol assignments
        IPNetwork.Parse("192.0.2.0/24"),    // documentation
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),   // benchmarking
        IPNetwork.Parse("198.51.100.0/24"), // documentation
        IPNetwork.Parse("203.0.113.0/24"),  // documentation
        IPNetwork.Parse("224.0.0.0/4"),     // multicast
        IPNetwork.Parse("240.0.0.0/4"),     // reserved, broadcast
    ];

    private static readonly IPNetwork[] NotPublicV6 =
    [
        IPNetwork.Parse("64:ff9b:1::/48"),  // local-use NAT64
        IPNetwork.Parse("100::/64"),        // discard-only
        IPNetwork.Parse("2001:db8::/32"),   // documentation
        IPNetwork.Parse("fc00::/7"),        // unique local
        IPNetwork.Parse("fe80::/10"),       // link-local
        IPNetwork.Parse("fec0::/10"),       // site-local (deprecated, still routed by some)
        IPNetwork.Parse("ff00::/8"),        // multicast
    ];

    // IPv6 ranges that carry an IPv4 address: judged by the IPv4 address inside.
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96"); // also holds :: and ::1
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>Whether <paramref name="address"/> is a public unicast address, in any spelling (IPv4-mapped included).</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !NotPublicV4.Any(n => n.Contains(address));
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }
        var bytes = address.GetAddressBytes();
        if (Compatible.Contains(address) || Nat64.Contains(address))
        {
            return IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
        }
        if (SixToFour.Contains(address))
        {
            return IsPublic(new IPAddress(bytes.AsSpan(2, 4)));
        }
        return !NotPublicV6.Any(n => n.Contains(address));
    }

    /// <summary>
    /// Whether the host of <paramref name="uri"/> is, as written, this machine or a private address: an IP literal
    /// in any spelling .NET reads (decimal, octal, hex IPv4; IPv6, IPv4-mapped) or a <c>localhost</c> name.
    /// Other names are judged when the sender resolves them.
    /// </summary>
    public static bool IsPrivateHost(Uri uri)
    {
        var host = uri.IdnHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // Uri already reads 0x7f.1 and 2130706433 as 127.0.0.1; IPAddress also reads spellings it leaves as names.
        return IPAddress.TryParse(host, out var address) && !IsPublic(address);
    }

    /// <summary>Whether the host of <paramref name="uri"/> is this machine: a <c>localhost</c> name or a loopback address.</summary>
    public static bool IsLoopbackHost(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));
}
