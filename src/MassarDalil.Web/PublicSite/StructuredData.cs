using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using MassarDalil.Content.Published;

namespace MassarDalil.Web.PublicSite;

/// <summary>schema.org JSON-LD for the page's script element.</summary>
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
