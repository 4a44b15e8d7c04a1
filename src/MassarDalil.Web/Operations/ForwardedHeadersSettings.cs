using System.Net;

namespace MassarDalil.Web.Operations;

/// <summary>
/// Behind a reverse proxy that ends HTTPS: trust its X-Forwarded-For and X-Forwarded-Proto, so the app knows the
/// request was HTTPS (HSTS, secure cookies). Off by default, because trusting these headers from anyone else
/// would let a visitor claim any scheme. The proxy on this machine (loopback) is always trusted when enabled.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies to trust, such as <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of proxies to trust, in CIDR form, such as <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public static bool IsValid(ForwardedHeadersSettings settings) =>
        settings.KnownProxies.All(p => IPAddress.TryParse(p, out _)) &&
        settings.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));
}
