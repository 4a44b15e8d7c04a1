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
        "connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    public const string ContentSecurityPolicy = PagePolicy + "; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /// <remarks>Not an async lambda: on the cached-page path every awaiting layer costs a state machine per request.</remarks>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            // Routing has already chosen the endpoint (WebApplication runs it first). Its own policy
            // is written as the response starts, when what it depends on (a nonce) is known.
            if (context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicyMetadata>() is { } own)
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.ContentSecurityPolicy = own.Policy(context);
                    return Task.CompletedTask;
                });
            }
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });

    /// <summary>Gives these endpoints their own Content-Security-Policy instead of the site's strict one.</summary>
    public static TBuilder WithContentSecurityPolicy<TBuilder>(this TBuilder builder, Func<HttpContext, string> policy)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ContentSecurityPolicyMetadata(policy));
}

/// <param name="Policy">The policy for one response, read when it starts.</param>
internal sealed record ContentSecurityPolicyMetadata(Func<HttpContext, string> Policy);
