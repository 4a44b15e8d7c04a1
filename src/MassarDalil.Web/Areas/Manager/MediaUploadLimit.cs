using MassarDalil.Content.Media;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// The media upload's own request size limit: the largest file accepted plus room for the rest of the form, in place
/// of Kestrel's 30 MB for every request. A body announced larger than that is refused before anything reads it:
/// reading it (the antiforgery check reads the whole form) would end in Kestrel's bare 413. A body sent without its
/// length is read here, counted, and refused the moment it passes the limit. Either way the editor is sent back to
/// the library with the file field's message instead.
/// </summary>
/// <remarks>
/// Runs before the antiforgery check, which cannot be made without reading the body. Skipping it for this refusal
/// is safe: the refusal stores nothing and only redirects to a GET. Every upload that is read is checked as before.
/// </remarks>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MediaUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>The descriptions in every language, the antiforgery token and the multipart framing fit well within it.</summary>
    public const long FormAllowance = 64 * 1024;

    /// <summary>Where a refused upload leads: the library, showing the file field's message.</summary>
    public const string TooBigQuery = "refused=too-big";

    /// <summary>Before the antiforgery filter (order 1000), which would read the body.</summary>
    public int Order => -1000;

    public static long MaxBodyBytes(MediaOptions options) => options.MaxUploadBytes + FormAllowance;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !string.Equals(http.Request.Query["handler"], "Upload", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var max = MaxBodyBytes(http.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value);
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature ? feature : null;
        if (http.Request.ContentLength > max)
        {
            // Kestrel discards the unread body after the answer (for at most 5 seconds) so the browser, still sending,
            // reads the answer instead of a reset connection; over its own limit it would close at once.
            limit?.MaxRequestBodySize = null;
            context.Result = TooBig(http);
            return;
        }
        if (http.Request.ContentLength is not null)
        {
            limit?.MaxRequestBodySize = max;
        }
        else if (http.Request.HasFormContentType)
        {
            // Not Kestrel's limit here: over it Kestrel closes the connection while the client is still sending,
            // and the client sees a broken pipe instead of the answer. Counted here, the rest of the body is
            // discarded after the answer like an announced one's.
            limit?.MaxRequestBodySize = null;
            if (!await FormFitsAsync(http.Request, max))
            {
                context.Result = TooBig(http);
            }
        }
    }

    /// <summary>
    /// A body sent without its length (chunked, as a script may upload; browsers announce it) is only known to be too
    /// large once read that far. Reading the form here, counted, lets the refusal be the same as for an announced
    /// one; a form that fits is kept by the request, and the antiforgery check and the page read it from there.
    /// </summary>
    private static async Task<bool> FormFitsAsync(HttpRequest request, long max)
    {
        var body = request.Body;
        request.Body = new CountedBody(body, max);
        try
        {
            await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return true;
        }
        catch (CountedBody.TooLargeException)
        {
            return false;
        }
        finally
        {
            request.Body = body;
        }
    }

    private static StatusCodeResult TooBig(HttpContext http)
    {
        // 303: the browser fetches the library with GET, whatever it posted.
        http.Response.Headers.Location = $"{ManagerExtensions.PathPrefix}/media?{TooBigQuery}#{ProblemList.Id("File")}";
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }
}
