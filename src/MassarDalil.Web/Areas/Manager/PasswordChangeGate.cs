using MassarDalil.Web.Areas.Manager.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>Someone signed in with a one-time password may only change it (or sign out) until they do.</summary>
internal sealed class PasswordChangeGate : IAsyncPageFilter
{
    private static readonly string[] Allowed = ["/Password", "/Logout", "/Language", "/Login", "/Denied"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        if (AccountState.MustChangePassword(context.HttpContext.User) && !Allowed.Contains(page, StringComparer.Ordinal))
        {
            context.Result = new LocalRedirectResult(ManagerExtensions.PathPrefix + "/password");
            return;
        }
        await next();
    }
}
