using MassarDalil.Content.Data;
using MassarDalil.Content.Feedback;
using MassarDalil.Content.Published;

namespace MassarDalil.Web.Feedback;

/// <summary>
/// POST <c>/{lang}/feedback</c>: a vote from the form under an answer. Without JavaScript it redirects
/// back to the question (303, so a reload does not post again); with JavaScript (Accept: JSON) it
/// answers with the next step. One vote per browser and question: a later vote replaces the earlier.
/// </summary>
internal static class FeedbackEndpoint
{
    public const string CookieName = "feedback";

    public static async Task<IResult> VoteAsync(string lang, HttpContext context, AnswerFeedback feedback, PublishedContent content)
    {
        var request = context.Request;
        var words = await FeedbackWords.ForAsync(content, lang, context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        if (!SameOrigin.Check(request))
        {
            return Refuse(context, StatusCodes.Status403Forbidden, words["feedback.refused"]);
        }
        if (!request.HasFormContentType)
        {
            return Refuse(context, StatusCodes.Status400BadRequest, words["feedback.failed"]);
        }
        if (await ReadFormAsync(context) is not { } form)
        {
            return Refuse(context, StatusCodes.Status400BadRequest, words["feedback.failed"]);
        }
        var key = form["key"].ToString();
        bool? helpful = form["helpful"].ToString() switch { "yes" => true, "no" => false, _ => null };
        FeedbackReason? reason = form["reason"].ToString() switch
        {
            "unclear" => FeedbackReason.Unclear,
            "outdated" => FeedbackReason.Outdated,
            "not-answered" => FeedbackReason.NotAnswered,
            _ => null,
        };
        if (helpful is null)
        {
            return Refuse(context, StatusCodes.Status400BadRequest, words["feedback.failed"]);
        }

        var token = request.Cookies[CookieName] is { } existing && AnswerFeedback.IsBrowserToken(existing) ? existing : AnswerFeedback.NewBrowserToken();
        VoteOutcome outcome;
        try
        {
            outcome = await feedback.VoteAsync(lang, key, helpful.Value, reason, token, context.RequestAborted);
        }
        catch (Exception e) when (DatabaseFaults.IsFault(e))
        {
            // The page itself keeps working from memory; only the vote is lost, and the visitor is told.
            return Refuse(context, StatusCodes.Status503ServiceUnavailable, words["feedback.failed"]);
        }
        if (outcome == VoteOutcome.UnknownQuestion)
        {
            return Refuse(context, StatusCodes.Status400BadRequest, words["feedback.failed"]);
        }
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = request.IsHttps,
            SameSite = SameSiteMode.Strict,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true, // remembers which answers this browser voted on; identifies no one
        });

        var step = helpful == false && reason is null ? FeedbackStep.Why : FeedbackStep.Thanks;
        if (WantsJson(request))
        {
            return Results.Ok(new FeedbackJson(step == FeedbackStep.Why ? "why" : "thanks", words["feedback.thanks"]));
        }
        var snapshot = await content.GetAsync(context.RequestAborted);
        // Back to the site's own address (/ar/faq, not /AR/faq, which is no page): the vote was found in it.
        var site = snapshot.Find(lang)!;
        var page = form["from"] == FeedbackView.FromQuestion ? ContentUrls.Question(site.Site.Key, key) : ContentUrls.Faq(site.Site.Key);
        var query = FeedbackView.QueryOf(step);
        return new SeeOther($"{page}?{query}={Uri.EscapeDataString(key)}#feedback-{key}");
    }

    /// <summary>
    /// The form, or null when the body is not one: a multipart body without a boundary or cut short, more
    /// fields or longer values than the limits (<see cref="FeedbackExtensions"/>), a body over the size limit.
    /// The framework throws for each, which answered 500.
    /// </summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext context)
    {
        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException && !context.RequestAborted.IsCancellationRequested)
        {
            return null;
        }
    }

    public static bool WantsJson(HttpRequest request) => request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private static IResult Refuse(HttpContext context, int status, string message) =>
        WantsJson(context.Request) ? Results.Json(new FeedbackProblem(message), statusCode: status) : Results.Text(message, "text/plain; charset=utf-8", statusCode: status);

    /// <summary>303 See Other: the browser follows with a GET, whatever the method was.</summary>
    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}

internal sealed record FeedbackJson(string Step, string Message);

internal sealed record FeedbackProblem(string Message);
