using MassarDalil.Content.Media;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>
/// The media upload's own request size limit: the largest file accepted plus room for the rest of the form, in place
/// of Kestrel's 30 MB for every request. A body announced larger than that is refused before anything reads it:
/// reading it (the antiforgery check reads the whole form) would end in Kestrel's bare 413. The editor is sent back
/// to the library with the file field's message instead.
/// </summary>
/// <remarks>
/// Runs before the antiforgery check, which cannot be made without reading the body. Skipping it for this refusal
/// is safe: the refusal stores nothing and only redirects to a GET. Every upload that is read is checked as before.
/// </remarks>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MediaUploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>The descriptions in every language, the antiforgery token and the multipart framing fit well within it.</summary>
    public const long FormAllowance = 64 * 1024;

    /// <summary>Where a refused upload leads: the library, showing the file field's message.</summary>
    public const string TooBigQuery = "refused=too-big";

    /// <summary>Before the antiforgery filter (order 1000), which would read the body.</summary>
    public int Order => -1000;

    public static long MaxBodyBytes(MediaOptions options) => options.MaxUploadBytes + FormAllowance;

    public void OnAuthorization(AuthorizationFilterContext context)
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
            // 303: the browser fetches the library with GET, whatever it posted.
            http.Response.Headers.Location = $"{ManagerExtensions.PathPrefix}/media?{TooBigQuery}#{ProblemList.Id("File")}";
            context.Result = new StatusCodeResult(StatusCodes.Status303SeeOther);
            return;
        }
        limit?.MaxRequestBodySize = max;
    }
}
