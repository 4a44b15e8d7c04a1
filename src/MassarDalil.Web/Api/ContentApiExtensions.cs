using MassarDalil.Content.Published;
using MassarDalil.Web.Caching;
using MassarDalil.Web.Http;

namespace MassarDalil.Web.Api;

/// <summary>The read-only JSON API of published content, its OpenAPI document and its reference page.</summary>
public static class ContentApiExtensions
{
    public const string CorsPolicy = "PublicRead";

    private static readonly string[] Exposed = ["ETag", "Last-Modified"];

    /// <summary>The response headers a script on another origin may read, as Access-Control-Expose-Headers says them.</summary>
    internal static readonly string ExposedHeaders = string.Join(", ", Exposed);

    public static WebApplicationBuilder AddContentApi(this WebApplicationBuilder builder)
    {
        // Before AddProblemDetails: the first writer that can write a problem writes it.
        builder.Services.AddSingleton<IProblemDetailsWriter, ApiProblemWriter>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(ContentApiDocument.Configure);
        // Anyone may read published content from a browser on another origin; nothing else is offered.
        builder.Services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin().WithMethods(HttpMethods.Get).AllowAnyHeader().WithExposedHeaders(Exposed)));
        return builder;
    }

    /// <summary>
    /// The API's own headers (CORS on every response, noindex: <see cref="ApiHeaders"/>) and the CORS middleware for
    /// preflights, before the output cache so a cached response still gets them, and only for the API: the CORS
    /// middleware opens a service scope for every request it sees, pages included.
    /// </summary>
    public static WebApplication UseContentApi(this WebApplication app)
    {
        app.UseWhen(IsApiRequest, api => api.UseApiHeaders().UseCors());
        return app;
    }

    public static WebApplication MapContentApi(this WebApplication app)
    {
        var api = app.MapGroup(ContentUrls.ApiBase).WithTags("Content").RequireCors(CorsPolicy).CacheOutput(ContentCachePolicy.ApiName).AnswerHead();

        api.MapGet("/sites", ContentEndpoints.GetSites)
            .WithName("GetSites").WithSummary("The sites, one per language, the default first.");
        api.MapGet("/{lang}/pages", ContentEndpoints.GetPages)
            .WithName("GetPages").WithSummary("The published pages of one site: key, type, slug, title and when each was last published.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{lang}/pages/{slug}", ContentEndpoints.GetPage)
            .WithName("GetPage").WithSummary("One published page with its topics and questions, each answer as HTML and Markdown, and its translations.")
            .WithDescription("The home page, which has no slug, is addressed by its key (`home`). A guide editors removed answers 410 Gone; an old address, 301 to the page's.")
            .Produces(StatusCodes.Status301MovedPermanently)
            .AddOpenApiOperationTransformer(ContentApiDocument.DescribeRedirect)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        api.MapGet("/{lang}/faq/{questionKey}", ContentEndpoints.GetFaqQuestion)
            .WithName("GetFaqQuestion").WithSummary("One published FAQ question with its answer, its topic and its translations.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // Not output-cached: every query is its own entry and would crowd the pages out of the cache.
        api.MapGet("/{lang}/search", SearchEndpoint.Search)
            .WithName("Search").WithSummary("Published questions and pages matching q, best first, with the matched words marked.")
            .WithDescription("Arabic queries are folded (harakat, tatweel, alef forms) and lightly stemmed; English is stemmed; spelling variants such as masar/massar count as the same word. " +
                "A result must hold most of the query's words; when none does, the answers holding some of them are returned with `closest: true`. " +
                "A query the rules refuse is a 400 whose `code` says why (`Empty`, `TooLong`, `NoWords`); a language whose index could not be built is a 503 (`Unavailable`).")
            .CacheOutput(policy => policy.NoCache())
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        app.MapOpenApi().RequireCors(CorsPolicy).CacheOutput(policy => policy.Expire(TimeSpan.FromHours(1))).AnswerHead();
        app.MapApiReference().AnswerHead();
        return app;
    }

    /// <summary>Requests answered for programs: errors become problem details rather than the visitors' 404 page.</summary>
    public static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");
}
