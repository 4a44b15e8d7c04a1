using System.IO.Compression;
using System.Net;
using System.Text;
using MassarDalil.Tests.Support;

namespace MassarDalil.Tests.Manager;

/// <summary>The FAQ editor's list of topics and questions: filtered by a GET, and small even for a 2,000-question FAQ.</summary>
public class FaqOutlineTests
{
    [Fact]
    public async Task TheFilterIsAGetThatListsOnlyMatchingQuestionsBySearchTermOrText()
    {
        using var app = ManagerAccess.NewApp();
        var client = (await app.SignedInAsync()).InEnglish();
        var id = await app.PageIdAsync("ar");

        var all = await client.GetDocumentAsync($"/manager/faq/{id}");
        // "الأمان" is a search term of nfc-is-safe only; "إسترجاع" is folded to match "استرجاع" in a topic title.
        var bySearchTerm = await client.GetDocumentAsync($"/manager/faq/{id}?q={Uri.EscapeDataString("الأمان")}");

        Assert.Equal(34, all.QuerySelectorAll("#outline-list li[data-topic] li").Length);
        var links = bySearchTerm.QuerySelectorAll("#outline-list li[data-topic] li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/manager/faq/{id}/question/nfc-is-safe"], links);
        Assert.Equal("1 of 34 questions shown.", bySearchTerm.QuerySelector("#outline-count")!.TextContent);
        Assert.Equal("الأمان", bySearchTerm.QuerySelector("#outline-q")!.GetAttribute("value"));
        var byTopic = await client.GetDocumentAsync($"/manager/faq/{id}?q={Uri.EscapeDataString("إسترجاع")}");
        Assert.Equal(["password-reset"], byTopic.QuerySelectorAll("#outline-list li[data-topic]").Select(t => t.GetAttribute("data-topic")).ToList());
        // The small seed keeps the whole-FAQ form below the list.
        Assert.NotNull(all.QuerySelector("#faq-form input[name='Input.Whole']"));
        Assert.Equal(34, all.QuerySelectorAll("details.question-editor").Length);
    }

    [Fact]
    public async Task ATwoThousandQuestionFaqEditorIsAListUnderOneHundredKilobytesCompressedAndSavesItsFieldsAlone()
    {
        using var seed = BigFaq.Create();
        using var app = ManagerAccess.NewApp(new() { ["Content:SeedPath"] = seed.Path });
        var client = (await app.SignedInAsync()).InEnglish();
        var id = await app.PageIdAsync("ar");
        var before = (await app.StoredPageAsync(id)).Draft;

        using var response = await client.GetAsync($"/manager/faq/{id}");
        var html = await response.Content.ReadAsStringAsync();
        var brotli = Brotli(html);
        var page = await Html.ParseAsync(html, $"http://localhost/manager/faq/{id}");
        using var saved = await client.SubmitAsync(page, "#faq-form", new Dictionary<string, string> { ["Input.Title"] = "أسئلة كثيرة", ["command"] = "save" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2000, page.QuerySelectorAll("#outline-list li[data-topic] li").Length);
        Assert.Empty(page.QuerySelectorAll("details.question-editor"));
        Assert.Null(page.QuerySelector("#faq-form input[name='Input.Whole']"));
        // Measured: 274,000 characters, 20 KB with Brotli; with every question in the form it was 6.4 MB, 160 KB.
        Assert.True(brotli < 100_000, $"the editor is {html.Length} characters, {brotli} bytes with Brotli");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = (await app.StoredPageAsync(id)).Draft;
        Assert.Equal("أسئلة كثيرة", after.Title);
        Assert.Equal(before.AllQuestions.ToList(), after.AllQuestions.ToList());
    }

    private static int Brotli(string html)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(Encoding.UTF8.GetBytes(html));
        }
        return (int)output.Length;
    }
}
