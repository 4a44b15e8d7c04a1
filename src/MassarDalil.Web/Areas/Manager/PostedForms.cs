using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// What becomes of a form posted to the manager, told to the page the editor sees next. A form whose antiforgery
/// token no longer matches (open too long, or a sign-in or sign-out in another tab) is still refused, but a browser
/// that posted it as a page is sent back to the same page with a message rather than shown a bare 400. A post that
/// reached its handler names its address to the next page (<see cref="HandledKey"/>), so manager.js drops the copy of
/// the form it kept: only a post that never arrived leaves text to offer back.
/// </summary>
internal sealed class PostedForms : IAlwaysRunResultFilter
{
    /// <summary>The TempData key that names, over a redirect, the address whose post was handled.</summary>
    public const string HandledKey = "Handled";

    public const string FormExpired = "Your work was not saved: this form had expired (it was open for too long, or you signed in or out in another tab). If this browser tab kept your text, put it back below, then save again.";
    public const string SignInExpired = "The sign-in form had expired (it was open for too long, or you signed in or out in another tab). Sign in again.";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }
        if (context.Result is IAntiforgeryValidationFailedResult && IsPageLoad(http.Request))
        {
            var login = context.ActionDescriptor is PageActionDescriptor { ViewEnginePath: "/Login" };
            var tempData = TempData(http);
            tempData[nameof(ManagerPageModel.Warning)] = login ? SignInExpired : FormExpired;
            // The failed check ends the request before the filter that saves TempData on other answers starts.
            tempData.Save();
            http.Response.Headers.Location = SamePage(http.Request);
            context.Result = new StatusCodeResult(StatusCodes.Status303SeeOther);
        }
        else if (context.Result is LocalRedirectResult or RedirectResult or RedirectToPageResult)
        {
            // The handler ran and sent the editor on. A page shown in answer to the post says so itself (the layout).
            TempData(http)[HandledKey] = http.Request.Path + http.Request.QueryString;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    /// <summary>
    /// A browser submitting a form as a page load. A script's request (the live preview's fetch) keeps the plain 400,
    /// which it reads as "no preview"; a browser without Sec-Fetch headers is recognised by asking for HTML.
    /// </summary>
    private static bool IsPageLoad(HttpRequest request) =>
        request.HasFormContentType && (request.Headers["Sec-Fetch-Mode"].ToString() is { Length: > 0 } mode
            ? mode == "navigate"
            : request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>The page the form is on: the address it posted to, read with GET, without the handler's name.</summary>
    private static string SamePage(HttpRequest request) =>
        request.Path + QueryString.Create(request.Query.Where(q => !q.Key.Equals("handler", StringComparison.OrdinalIgnoreCase)));

    private static ITempDataDictionary TempData(HttpContext http) =>
        http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
}
