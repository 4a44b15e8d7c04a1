using System.Text.Encodings.Web;
using MassarDalil.Content.Data;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// When the database fails under a manager request, the editor gets a 503 page in their language
/// saying what happened and that nothing was saved, not a stack trace or a blank error. It is
/// written here, without Razor, sign-in or the database, because with the database gone those fail
/// too (every manager request checks the user's security stamp). Forms that can keep what was typed
/// (the editors) catch the fault themselves first; this is for everything else. A database fault is
/// not a bug, so this applies in every environment; other exceptions go on to the usual handlers.
/// </summary>
internal sealed partial class DatabaseFaultPage(RequestDelegate next, ILogger<DatabaseFaultPage> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (DatabaseFaults.Classify(e) is var fault and not DatabaseFault.None && !context.Response.HasStarted)
        {
            LogFault(e, fault, context.Request.Method, context.Request.Path);
            await WriteAsync(context, fault);
        }
    }

    private static async Task WriteAsync(HttpContext context, DatabaseFault fault)
    {
        var T = ManagerText.For(context);
        var posted = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        var heading = fault == DatabaseFault.CannotWrite ? T["Changes cannot be stored right now"] : T["The database cannot be reached"];
        var what = fault == DatabaseFault.CannotWrite
            ? T["The database cannot store changes: the disk is full or read-only."]
            : T["The manager cannot reach its database at the moment."];
        var next = posted
            ? T["Your work was not saved. Go back with your browser to find your text, and try again in a moment."]
            : T["Nothing was changed. Try again in a moment."];
        var html = HtmlEncoder.Default;
        var page = $"""
            <!DOCTYPE html>
            <html lang="{T.Language}" dir="{T.Direction}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <title>{html.Encode(heading)} | {html.Encode(T["Massar Dalil manager"])}</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/css/manager.css">
            </head>
            <body>
            <header class="manager-header"><div class="bar"><a class="brand" href="/manager">{html.Encode(T["Massar Dalil manager"])}</a></div></header>
            <main id="main">
            <h1>{html.Encode(heading)}</h1>
            <div class="error-summary" role="alert" id="database-fault"><p>{html.Encode(what)}</p><p>{html.Encode(next)}</p></div>
            <p><a href="{html.Encode(context.Request.Path.ToString())}">{html.Encode(T["Try again"])}</a></p>
            </main>
            </body>
            </html>
            """;
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "30";
        context.Response.Headers.CacheControl = "no-cache, no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(page, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Database fault ({Fault}) under {Method} {Path}: answered 503")]
    private partial void LogFault(Exception e, DatabaseFault fault, string method, string path);
}
