using System.Net;
using MassarDalil.Cli.Commands;
using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.BigContent;

public class BigFaqTests
{
    /// <summary>How long the import takes is measured by ImportBenchmarks (docs/performance.md), never timed here.</summary>
    [SkippableFact]
    public async Task TwoThousandQuestionsPerLanguageImportThroughTheCli()
    {
        Skip.If(TestProvider.IsPostgres, "imports through the CLI into a SQLite file of its own");
        using var seed = BigFaq.Create();
        var database = Path.Combine(Path.GetTempPath(), "massar-tests", $"{Guid.NewGuid():N}.db");
        using var cli = MassarDalil.Cli.Program.BuildHost([], new Dictionary<string, string?> { ["ConnectionStrings:Content"] = $"Data Source={database}" });
        var output = new StringWriter();
        try
        {
            var exit = await CommandLine.RunAsync(cli.Services, ["import", seed.Path], output, output);

            Assert.True(exit == 0, output.ToString());
            Assert.Contains("questions: 6000 added", output.ToString().Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(database);
        }
    }

    [Fact]
    public async Task ABigFaqIsATopicIndexWithCountsAndEachTopicHasItsOwnPage()
    {
        using var seed = BigFaq.Create();
        using var app = new MassarApp(new() { ["Content:SeedPath"] = seed.Path });
        var visitor = app.CreateVisitor();

        using var indexResponse = await visitor.GetAsync("/en/faq");
        var index = await Html.ParseAsync(await indexResponse.Content.ReadAsStringAsync());
        var links = index.QuerySelectorAll(".topic-index a").ToList();
        Assert.Equal(40, links.Count);
        Assert.Empty(index.QuerySelectorAll("details.question"));
        Assert.Equal("/en/faq/topic/general-1", links[0].GetAttribute("href"));
        Assert.Contains("(50)", links[0].TextContent, StringComparison.Ordinal);
        Assert.True(indexResponse.Content.Headers.ContentLength < 60_000, $"the index is {indexResponse.Content.Headers.ContentLength} bytes");

        var topic = await visitor.GetDocumentAsync("/en/faq/topic/general-1");
        Assert.Empty(topic.QuerySelectorAll("script[type='application/ld+json']")); // each question's own page has it
        Assert.Equal(50, topic.QuerySelectorAll("details.question").Length);
        Assert.Equal("/en/faq/topic/login-2", topic.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var next = SeedFolderReader.Read(seed.Path).Set!.Pages.Single(p => p.SiteKey == "en" && p.Type == "faq").Content.Topics[1].Title;
        Assert.Equal($"Next topic: {next}", topic.QuerySelector("a[rel=next]")!.TextContent); // the colon is the text's own
        Assert.Null(topic.QuerySelector("a[rel=prev]"));
        Assert.Equal("/ar/faq/topic/general-1", topic.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.EndsWith("/en/faq/topic/general-1", topic.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InABigFaqAQuestionKeyLeadsToItsTopicPage()
    {
        using var seed = BigFaq.Create();
        using var app = new MassarApp(new() { ["Content:SeedPath"] = seed.Path });
        var visitor = app.CreateVisitor();

        var faq = SeedFolderReader.Read(seed.Path).Set!.Pages.Single(p => p.SiteKey == "ar" && p.Type == "faq").Content;
        var topic = faq.Topics[1];
        var key = topic.Questions[24].Key;

        using var response = await visitor.GetAsync($"/ar/faq/topic/{key}");
        var question = await visitor.GetDocumentAsync($"/ar/faq/{key}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/ar/faq/topic/{topic.Key}#{key}", response.Headers.Location?.OriginalString);
        Assert.Contains("(75)", question.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSeedFaqStaysOnePageAndTopicAddressesLeadIntoIt()
    {
        using var app = new MassarApp();
        var visitor = app.CreateVisitor();

        using var topic = await visitor.GetAsync("/en/faq/topic/login");
        using var unknown = await visitor.GetAsync("/en/faq/topic/no-such-topic");
        var faq = await visitor.GetDocumentAsync("/en/faq");

        Assert.Equal(HttpStatusCode.Redirect, topic.StatusCode);
        Assert.Equal("/en/faq#login", topic.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(34, faq.QuerySelectorAll("details.question").Length);
    }
}
