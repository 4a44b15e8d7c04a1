using System.Threading.RateLimiting;
using MassarDalil.Content.Published;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MassarDalil.Web.Feedback;

public static class FeedbackExtensions
{
    public const string RateLimitPolicy = "feedback";

    /// <summary>The vote endpoint's address under a site, which no guide may take (<see cref="PublicSite.GuideSlugConstraint"/>).</summary>
    public const string Segment = "feedback";

    private const int MaxBodyBytes = 16 * 1024;

    /// <summary>Votes under answers: rate limit per IP address (in memory, never stored). Needs <c>app.UseRateLimiter()</c>.</summary>
    public static WebApplicationBuilder AddAnswerFeedback(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.Section)
            .Validate(o => o.VotesPerMinute > 0, "Feedback:VotesPerMinute must be positive").ValidateOnStart();
        builder.Services.AddRateLimiter(options => options.AddPolicy<string, FeedbackRateLimit>(RateLimitPolicy));
        return builder;
    }

    public static WebApplication MapAnswerFeedback(this WebApplication app)
    {
        app.MapPost($"/{{lang:alpha:length(2)}}/{Segment}", FeedbackEndpoint.VoteAsync)
            .RequireRateLimiting(RateLimitPolicy)
            // Protected by SameOrigin instead of a token, so that cached pages can carry the form.
            .DisableAntiforgery()
            // A vote is four short fields: anything much larger is not one (FeedbackEndpoint answers 400).
            .WithFormOptions(bufferBodyLengthLimit: MaxBodyBytes, valueCountLimit: 16, keyLengthLimit: 64, valueLengthLimit: 1024,
                multipartBodyLengthLimit: MaxBodyBytes)
            .WithMetadata(new RequestSizeLimitMetadata(MaxBodyBytes))
            .ExcludeFromDescription();
        return app;
    }

    private sealed record RequestSizeLimitMetadata(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

    private sealed class FeedbackRateLimit(IOptions<FeedbackOptions> options) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
        {
            var http = context.HttpContext;
            var language = http.Request.RouteValues["lang"] as string ?? "ar";
            var message = (await FeedbackWords.ForAsync(http.RequestServices.GetRequiredService<PublishedContent>(), language, cancellationToken))["feedback.too-many"];
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = "60";
            if (FeedbackEndpoint.WantsJson(http.Request))
            {
                await http.Response.WriteAsJsonAsync(new FeedbackProblem(message), cancellationToken);
                return;
            }
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(message, cancellationToken);
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.VotesPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
    }
}
