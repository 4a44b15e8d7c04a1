using System.Text.Json;
using System.Text.RegularExpressions;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Api;

public partial class OpenApiDocumentTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    public static TheoryData<string, string, string> Operations => new()
    {
        { "/api/v1/sites", "GetSites", "ApiSiteList" },
        { "/api/v1/{lang}/pages", "GetPages", "ApiPageList" },
        { "/api/v1/{lang}/pages/{slug}", "GetPage", "ApiPage" },
        { "/api/v1/{lang}/faq/{questionKey}", "GetFaqQuestion", "ApiFaqQuestion" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task TheDocumentDescribesEveryEndpointWithItsResponses(string path, string operationId, string schema)
    {
        var app = await site.AppAsync();
        using var document = await app.CreateVisitor().GetJsonAsync("/openapi/v1.json");

        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get");
        var responses = operation.GetProperty("responses");
        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.Equal($"#/components/schemas/{schema}",
            responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(responses.TryGetProperty("304", out _));
        if (path.Contains('{', StringComparison.Ordinal))
        {
            Assert.True(responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _));
        }
    }

    [Fact]
    public async Task TheDocumentDescribesSearchWithItsProblems()
    {
        var app = await site.AppAsync();
        using var document = await app.CreateVisitor().GetJsonAsync("/openapi/v1.json");

        var operation = document.RootElement.GetProperty("paths").GetProperty("/api/v1/{lang}/search").GetProperty("get");
        var responses = operation.GetProperty("responses");
        Assert.Equal("Search", operation.GetProperty("operationId").GetString());
        Assert.Contains(operation.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "q");
        Assert.Equal("#/components/schemas/ApiSearchResults",
            responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.GetProperty("503").GetProperty("content").TryGetProperty("application/problem+json", out _));
        var closest = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ApiSearchResults")
            .GetProperty("properties").GetProperty("closest");
        Assert.Equal("boolean", closest.GetProperty("type").GetString());
        Assert.Contains("closest answers", closest.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDocumentHoldsOnlyTheApiAndEverySchemaItUses()
    {
        var app = await site.AppAsync();
        using var document = await app.CreateVisitor().GetJsonAsync("/openapi/v1.json");
        var root = document.RootElement;

        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var schemas = root.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToHashSet();
        var referenced = SchemaReference().Matches(root.GetRawText()).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Equal("Massar Dalil content API", root.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal(5, paths.Count);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
        Assert.Subset(schemas, referenced);
        Assert.Superset(new HashSet<string> { "ApiPage", "ApiTopic", "ApiQuestion", "ApiText", "ApiTranslation", "ProblemDetails" }, schemas);
        var answer = root.GetProperty("components").GetProperty("schemas").GetProperty("ApiQuestion").GetProperty("properties").GetProperty("answer");
        Assert.Equal("#/components/schemas/ApiText", answer.GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task EveryOperationIdIsUniqueOverEveryPathAndMethod()
    {
        var app = await site.AppAsync();
        using var document = await app.CreateVisitor().GetJsonAsync("/openapi/v1.json");

        var ids = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(item => Methods.Contains(item.Name)))
            .Select(operation => operation.Value.GetProperty("operationId").GetString())
            .ToList();

        Assert.Equal(5, ids.Count);
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task APageDocumentsTheRedirectOfAnOldSlugAndTheGoneOfARemovedGuide()
    {
        var app = await site.AppAsync();
        using var document = await app.CreateVisitor().GetJsonAsync("/openapi/v1.json");

        var responses = document.RootElement.GetProperty("paths").GetProperty("/api/v1/{lang}/pages/{slug}").GetProperty("get").GetProperty("responses");
        var moved = responses.GetProperty("301");
        Assert.Contains("Location", moved.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("string", moved.GetProperty("headers").GetProperty("Location").GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("#/components/schemas/ProblemDetails",
            responses.GetProperty("410").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task TheProblemSchemaDeclaresTheTraceIdEveryErrorCarriesAndSearchsCode()
    {
        var app = await site.AppAsync();
        using var document = await app.CreateVisitor().GetJsonAsync("/openapi/v1.json");

        var problem = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails");
        var properties = problem.GetProperty("properties");
        Assert.Equal("string", properties.GetProperty("traceId").GetProperty("type").GetString());
        Assert.Contains("traceId", problem.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        var code = properties.GetProperty("code");
        Assert.Equal("string", code.GetProperty("type").GetString());
        Assert.Equal(["Empty", "TooLong", "NoWords", "Unavailable"], code.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task WithoutABaseUrlTheServerIsTheRequestsOwnAddress()
    {
        var app = await site.AppAsync();
        using var document = await app.CreateVisitor().GetJsonAsync("/openapi/v1.json");

        var server = Assert.Single(document.RootElement.GetProperty("servers").EnumerateArray());
        Assert.Equal("http://localhost/", server.GetProperty("url").GetString());
    }

    [Fact]
    public async Task WithABaseUrlTheServerIsThePublicAddressNotTheInternalOne()
    {
        using var app = new MassarApp(new() { ["PublicSite:BaseUrl"] = "https://dalil.example.ma" });
        using var document = await app.CreateVisitor().GetJsonAsync("/openapi/v1.json");

        var server = Assert.Single(document.RootElement.GetProperty("servers").EnumerateArray());
        Assert.Equal("https://dalil.example.ma", server.GetProperty("url").GetString());
    }

    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    [GeneratedRegex("\"#/components/schemas/([A-Za-z]+)\"")]
    private static partial Regex SchemaReference();
}
