using Microsoft.AspNetCore.Diagnostics;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// Runs just inside the status pages: only a 404 gets the not-found page, and the error and not-found pages
/// answer whatever the method of the request that failed.
/// </summary>
public static class StatusPages
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        // The error and not-found pages are re-executed with the failed request's method; they are read as GET
        // (HEAD stays HEAD: no body), so a PUT gets the same page as a GET rather than a page with no handler
        // for it. The request log still says PUT: the method is put back.
        var method = context.Request.Method;
        if (IsPagePass(context) && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Request.Method = HttpMethods.Get;
            try
            {
                await next(context);
            }
            finally
            {
                context.Request.Method = method;
            }
            return;
        }

        await next(context);
        // Any other status says what it means in itself and its headers (405 and Allow, 412, 416 and
        // Content-Range): a page about a missing address would tell the program that asked something untrue.
        if (context.Response.StatusCode != StatusCodes.Status404NotFound && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
    }

    private static bool IsPagePass(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
}
