using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// Routing with doubled slashes read as one for the public site's pages, so <c>/ar//faq</c>, <c>//ar/faq</c> and
/// <c>/ar/faq//</c> (a link glued from a base ending in a slash and a path starting with one) find the FAQ and answer
/// one 301 to <c>/ar/faq</c> (<see cref="PublicPageModel.ToOwnAddress"/>), where routing alone read an empty segment
/// and found nothing.
/// </summary>
/// <remarks>
/// Only a GET or HEAD is matched on the path with its slashes made one. Right after routing the request gets its
/// own path back, so the output cache, the page-hit store and the page itself see what was asked: a cached
/// <c>/ar/faq</c> is never served for <c>/ar//faq</c>, and the page compares that path with its own. Anything found
/// this way that is not a public page (the API, a file, the manager) is matched again on the path as asked, so it
/// answers what it answered before (the API a 404, a stylesheet its file): none of them redirects, so each would
/// otherwise answer 200 at a second address. Encoded slashes (<c>%2F</c>) and backslashes are not slashes here. A
/// cached page never has a doubled slash in its path, so this runs after the page-hit store and costs a hit nothing.
/// </remarks>
internal static class DoubledSlashes
{
    public static WebApplication UseRoutingThroughDoubledSlashes(this WebApplication app)
    {
        app.Use(static (context, next) =>
        {
            var request = context.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.Value is { } path &&
                path.Contains("//", StringComparison.Ordinal))
            {
                context.Features.Set(new AskedPath(request.Path));
                request.Path = new PathString(PublicUrls.OneSlashes(path));
            }
            return next(context);
        });
        app.UseRouting();
        app.Use(static (context, next) =>
        {
            if (context.Features.Get<AskedPath>() is { } asked)
            {
                context.Request.Path = asked.Path;
                if (!IsPublicPage(context))
                {
                    context.SetEndpoint(null);
                    context.Request.RouteValues.Clear();
                }
            }
            return next(context);
        });
        // Routing skips a request that has its endpoint; this one matches the path as asked when the other was dropped.
        app.UseWhen(static context => context.Features.Get<AskedPath>() is not null, static branch => branch.UseRouting());
        return app;
    }

    /// <summary>A page of a site (<c>/{lang}/…</c>), outside the manager's area.</summary>
    private static bool IsPublicPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is { AreaName: null } &&
        context.Request.RouteValues.ContainsKey("lang");

    private sealed record AskedPath(PathString Path);
}
