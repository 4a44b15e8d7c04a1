using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.SiteTexts;

/// <summary>
/// The punctuation around a value the page fills in is the text's own, so each language writes it its way: French with
/// a narrow no-break space before the colon, Arabic and English as before.
/// </summary>
public class SiteTextPunctuationTests(ReadOnlySite site) : IClassFixture<ReadOnlySite>
{
    [Theory]
    [InlineData("fr", "Dans le même thème\u202F: ")]
    [InlineData("en", "More in this topic: ")]
    [InlineData("ar", "أسئلة أخرى في هذا الموضوع: ")]
    public async Task AQuestionPageNamesItsTopicAfterTheTextsOwnColon(string language, string lead)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync($"/{language}/faq/forgot-password");

        var topic = page.QuerySelectorAll(".breadcrumb li")[2].TextContent;
        Assert.Equal(lead + topic, page.QuerySelector("#related-title")!.TextContent);
        // No colon is left to the page: the heading holds the text's one.
        Assert.Single(page.QuerySelector("#related-title")!.TextContent.Split(':').Skip(1));
    }

    [Theory]
    [InlineData("fr", "Portail des élèves\u202F: moutamadris.men.gov.ma")]
    [InlineData("en", "Student portal: moutamadris.men.gov.ma")]
    [InlineData("ar", "بوابة التلاميذ: moutamadris.men.gov.ma")]
    public async Task AnOfficialLinkJoinsItsLabelAndItsIsolatedDomainWithTheTextsOwnColon(string language, string shown)
    {
        var app = await site.AppAsync();
        var page = await app.CreateVisitor().GetDocumentAsync($"/{language}/faq");

        var link = page.QuerySelector(".official-links a")!;
        Assert.Equal(shown, link.TextContent);
        Assert.Equal(("moutamadris.men.gov.ma", "ltr"), (link.QuerySelector("bdi")!.TextContent, link.QuerySelector("bdi")!.GetAttribute("dir")));
    }
}
