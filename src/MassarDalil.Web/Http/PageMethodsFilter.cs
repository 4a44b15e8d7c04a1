using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassarDalil.Web.Http;

/// <summary>
/// A Razor page answers only the methods its handlers take (GET and HEAD always): any other gets 405 with
/// <c>Allow</c>, as the minimal endpoints get from routing. Without it Razor Pages renders the page for a PUT
/// with no handler run, after antiforgery has refused it as a bad request.
/// </summary>
public sealed class PageMethodsFilter : IAuthorizationFilter, IOrderedFilter
{
    // Before antiforgery (order 1000), which would refuse the method's missing token first.
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || context.ActionDescriptor is not CompiledPageActionDescriptor page ||
            page.HandlerMethods.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }
        string[] allowed = [HttpMethods.Get, HttpMethods.Head,
            .. page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Where(m => m != HttpMethods.Get).Distinct().Order(StringComparer.Ordinal)];
        context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }
}
