using System.Text.Json.Nodes;
using MassarDalil.Content.Search;
using MassarDalil.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace MassarDalil.Web.Api;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>: what the endpoints' metadata cannot say by itself.</summary>
internal static class ContentApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        // Every GET answers HEAD too (AnswerHead), and ApiExplorer describes each method: a HEAD operation with the
        // GET's name made every operationId appear twice, which client generators refuse. HEAD is implied by HTTP.
        var included = options.ShouldInclude;
        options.ShouldInclude = description => !HttpMethods.IsHead(description.HttpMethod ?? "") && included(description);
        options.AddDocumentTransformer((document, context, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Massar Dalil content API",
                Version = "v1",
                Description = "Read-only published content of every site (Arabic, English, French): pages, FAQ topics and questions, " +
                    "answers as HTML and Markdown (a text the site cannot render says `unavailable: true`, with the `note` shown in its place). Responses carry a weak ETag (the same for every content coding) and Last-Modified; send If-None-Match to get 304. " +
                    "Every operation answers HEAD as well as GET. Errors are RFC 9457 problem details.",
            };
            // Behind a reverse proxy the request's own address is the internal one; the reference page's "try it"
            // and generated clients must call the public address, as canonical links do.
            if (context.ApplicationServices.GetRequiredService<IOptions<PublicSiteOptions>>().Value.BaseUrl is { Length: > 0 } baseUrl)
            {
                document.Servers = [new OpenApiServer { Url = baseUrl.TrimEnd('/') }];
            }
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(ProblemDetails))
            {
                DescribeProblemExtensions(schema);
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>The members ApiProblemWriter and the search endpoint add to every problem, which the type does not declare.</summary>
    private static void DescribeProblemExtensions(OpenApiSchema schema)
    {
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "The request's trace: quote it when reporting a problem.",
        };
        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Why a search was refused (400) or could not be answered (503); only search's problems carry it.",
            Enum = [.. Enum.GetNames<SearchProblem>().Where(name => name != nameof(SearchProblem.None)).Select(name => (JsonNode)name)],
        };
        schema.Required ??= new HashSet<string>();
        schema.Required.Add("traceId");
    }

    /// <summary>The 301 of an old slug: where the page is now.</summary>
    public static Task DescribeRedirect(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses?.GetValueOrDefault(StatusCodes.Status301MovedPermanently.ToString(System.Globalization.CultureInfo.InvariantCulture)) is OpenApiResponse moved)
        {
            moved.Description = "An old address of the page: Location is its current API address, with the query kept.";
            moved.Headers ??= new Dictionary<string, IOpenApiHeader>();
            moved.Headers["Location"] = new OpenApiHeader { Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }
        return Task.CompletedTask;
    }
}
