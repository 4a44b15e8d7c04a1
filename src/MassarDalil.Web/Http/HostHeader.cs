using MassarDalil.Web.PublicSite;
using MassarDalil.Web.Security;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Http;

/// <summary>
/// Pages, the sitemap and robots.txt build absolute links from the request's Host unless
/// <c>PublicSite:BaseUrl</c> is set, so a request with no Host (HTTP/1.0 allows it) or one that is no host
/// name at all would put <c>http:///</c> or a stranger's text into links. Such a request answers 400.
/// The health checks are spared: simple probes send HTTP/1.0 without a Host.
/// </summary>
internal static partial class HostHeader
{
    // The last Host found valid: nearly every request repeats it, and checking it again allocates its name.
    private static string? _lastValid;

    public static bool IsValid(HostString host)
    {
        if (host.HasValue && string.Equals(host.Value, _lastValid, StringComparison.Ordinal))
        {
            return true;
        }
        if (!IsValidHost(host))
        {
            return false;
        }
        _lastValid = host.Value;
        return true;
    }

    private static bool IsValidHost(HostString host)
    {
        if (!host.HasValue || Uri.CheckHostName(host.Host) == UriHostNameType.Unknown)
        {
            return false;
        }
        // A port, when given, must be a number: "example.ma:" and "example.ma:x" are not hosts.
        var portStart = host.Host.StartsWith('[') ? host.Value.IndexOf("]:", StringComparison.Ordinal) + 1 : host.Value.IndexOf(':', StringComparison.Ordinal);
        return portStart <= 0 || host.Port is not null;
    }

    public static IApplicationBuilder UseValidHost(this WebApplication app)
    {
        WarnIfLinksFollowTheHost(app);
        return app.Use((context, next) =>
        {
            if (IsValid(context.Request.Host) || context.Request.Path.StartsWithSegments("/healthz"))
            {
                return next(context);
            }
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            // This runs before the security headers' middleware, for the cached pages' speed: the refusal sets them itself.
            SecurityHeaders.Write(context);
            return context.Response.WriteAsync("400 Bad Request: the request has no valid Host header.\n", context.RequestAborted);
        });
    }

    /// <summary>Once, at start: in Production the links a proxy or a forged Host sends are what visitors and crawlers get.</summary>
    private static void WarnIfLinksFollowTheHost(WebApplication app)
    {
        if (app.Environment.IsProduction() &&
            string.IsNullOrEmpty(app.Services.GetRequiredService<IOptions<PublicSiteOptions>>().Value.BaseUrl))
        {
            LinksFollowTheHost(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostHeader).FullName!));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PublicSite:BaseUrl is not set: canonical links, hreflang, the sitemap and robots.txt " +
        "use each request's Host header. Set PublicSite:BaseUrl (such as https://dalil.example.ma) or AllowedHosts (docs/operations.md).")]
    private static partial void LinksFollowTheHost(ILogger logger);
}
