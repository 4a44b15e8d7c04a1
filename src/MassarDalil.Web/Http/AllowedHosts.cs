using MassarDalil.Web.Operations;

namespace MassarDalil.Web.Http;

/// <summary>
/// Where the framework's <c>AllowedHosts</c> check runs. The web host puts it in front of the whole pipeline (a startup
/// filter), before any middleware of ours, so a host outside the list got a 400 page with none of the security headers
/// and no line in the request log. It runs in the pipeline instead, after the security headers' middleware; the options
/// it reads (<c>AllowedHosts</c>, set by the web host from configuration) are the same.
/// </summary>
/// <remarks>
/// Cached pages are answered before it (<see cref="Caching.PageHitMiddleware"/>), which lets no other host through: a
/// page is kept by scheme, host and path only once it has been rendered, and a page for a host outside the list never is.
/// </remarks>
internal static class AllowedHosts
{
    public static WebApplicationBuilder AddAllowedHostsInThePipeline(this WebApplicationBuilder builder)
    {
        builder.Services.RemoveFrameworkDefault(typeof(IStartupFilter), "HostFilteringStartupFilter");
        return builder;
    }

    public static WebApplication UseAllowedHosts(this WebApplication app)
    {
        app.UseHostFiltering();
        return app;
    }
}
