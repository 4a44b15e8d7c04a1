using MassarDalil.Web.Security;
using Scalar.AspNetCore;

namespace MassarDalil.Web.Api;

/// <summary>The API reference page (Scalar) at <c>/api/docs</c>, built from <c>/openapi/v1.json</c>.</summary>
internal static class ApiReference
{
    public const string Path = "/api/docs";

    /// <summary>
    /// Scalar is a script application started by an inline script, which runs here only because it
    /// carries this response's nonce; its bundle and the document come from 'self'. It sets inline
    /// styles as it renders, which a nonce cannot cover. No fonts, telemetry or framing from elsewhere.
    /// </summary>
    public static string ContentSecurityPolicy(string? nonce) =>
        $"default-src 'self'; script-src 'self'{(nonce is { Length: > 0 } ? $" 'nonce-{nonce}'" : "")}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IEndpointConventionBuilder MapApiReference(this WebApplication app) =>
        app.MapScalarApiReference(Path, options => options
                .WithTitle("Massar Dalil content API")
                .WithFavicon("/favicon.svg")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .WithNonce()
                .HideDeveloperTools()
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp())
            // Without a nonce (Scalar's script files and redirect) nothing inline may run.
            .WithContentSecurityPolicy(context => ContentSecurityPolicy(context.Items[ScalarOptions.NonceHttpContextItemKey] as string));
}
