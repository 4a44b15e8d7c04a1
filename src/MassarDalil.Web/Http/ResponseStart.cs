namespace MassarDalil.Web.Http;

/// <summary>Headers written as each response starts, a cache hit's included.</summary>
internal static class ResponseStart
{
    /// <summary>
    /// Calls <paramref name="write"/> as each response starts, not before the rest of the pipeline runs: by then the
    /// output cache has taken its copy of the response's headers, so cached entries do not store what it writes and a
    /// cache hit gets it afresh. Not an async lambda: this runs on every request it sees.
    /// </summary>
    public static IApplicationBuilder UseOnResponseStart(this IApplicationBuilder app, Action<HttpContext> write)
    {
        Func<object, Task> callback = state =>
        {
            write((HttpContext)state);
            return Task.CompletedTask;
        };
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(callback, context);
            return next(context);
        });
    }
}
