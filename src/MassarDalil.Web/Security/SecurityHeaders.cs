using MassarDalil.Web.Http;

namespace MassarDalil.Web.Security;

/// <summary>
/// Strict headers on every response: no inline script, no framing, no third-party anything. An
/// endpoint that cannot live with the strict policy (the API reference) carries its own in its
/// metadata (<see cref="WithContentSecurityPolicy{TBuilder}"/>), so the exception is visible where
/// the endpoint is mapped and applies to nothing else.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// The site's policy less frame-ancestors, which browsers ignore in a <c>&lt;meta&gt;</c> element: the
    /// static export puts this one in its pages, and its _headers file carries the whole policy for hosts that read one.
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    public const string ContentSecurityPolicy = PagePolicy + "; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>The headers every response carries besides its Content-Security-Policy.</summary>
    private static readonly KeyValuePair<string, string>[] Fixed =
    [
        new("X-Content-Type-Options", "nosniff"),
        new("X-Frame-Options", "DENY"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", PermissionsPolicy),
        new("Cross-Origin-Opener-Policy", "same-origin"),
    ];

    /// <summary>Every header this sets: the static export copies them into its _headers file.</summary>
    public static IReadOnlyList<string> Names { get; } = ["Content-Security-Policy", .. Fixed.Select(h => h.Key)];

    /// <summary>Written as each response starts (<see cref="ResponseStart"/>), so cached entries do not store these constants.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseOnResponseStart(Write);

    /// <summary>
    /// Sets the headers at once, for an answer given further out than <see cref="UseSecurityHeaders"/> runs (the host
    /// check's refusal), so it carries them too without every request paying for it there.
    /// </summary>
    public static void Write(HttpContext context)
    {
        var headers = context.Response.Headers;
        // The endpoint that answers (a status page re-executed in its place included) may carry its own policy.
        headers.ContentSecurityPolicy = context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicyMetadata>() is { } own
            ? own.Policy(context)
            : ContentSecurityPolicy;
        foreach (var (name, value) in Fixed)
        {
            headers[name] = value;
        }
    }

    /// <summary>Gives these endpoints their own Content-Security-Policy instead of the site's strict one.</summary>
    public static TBuilder WithContentSecurityPolicy<TBuilder>(this TBuilder builder, Func<HttpContext, string> policy)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ContentSecurityPolicyMetadata(policy));
}

/// <param name="Policy">The policy for one response, read when it starts.</param>
internal sealed record ContentSecurityPolicyMetadata(Func<HttpContext, string> Policy);
