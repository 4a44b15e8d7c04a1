using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using MassarDalil.Content.Published;

namespace MassarDalil.Web.PublicSite;

/// <summary>
/// schema.org JSON-LD for the page's script element. A question's FAQPage markup is written on its own page,
/// <c>/{lang}/faq/{key}</c>, and nowhere else: Google asks for one marked-up instance of a question per site,
/// and that page is the one about that question alone (its title, its canonical address, its own lastmod in the
/// sitemap), the same however long the FAQ grows and whether it is shown whole or by topic.
/// </summary>
public static class StructuredData
{
    // Arabic stays as characters (a third of the bytes of \u escapes); this encoder still escapes
    // '<', '>', '&' and quotes, so the JSON can never close its script element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string FaqPage(IEnumerable<PublishedQuestion> questions, string language) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "FAQPage",
            ["inLanguage"] = language,
            ["mainEntity"] = questions.Select(q => new Dictionary<string, object>
            {
                ["@type"] = "Question",
                ["name"] = q.Question,
                ["acceptedAnswer"] = new Dictionary<string, string> { ["@type"] = "Answer", ["text"] = q.AnswerText },
            }),
        }, Options);
}
