using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MassarDalil.Tests.Support;

/// <summary>Makes every page fail while it answers one method, as a fault in a page's code would.</summary>
public sealed class FailingPageFilter(string method) : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        // The error page itself, re-executed as GET after the failure, is left to answer.
        var showingTheError = context.HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!showingTheError && string.Equals(context.HttpContext.Request.Method, method, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(nameof(FailingPageFilter));
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
