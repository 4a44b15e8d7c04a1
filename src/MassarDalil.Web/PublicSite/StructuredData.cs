using System.Text.Json;
using MassarDalil.Content.Published;

namespace MassarDalil.Web.PublicSite;

/// <summary>schema.org JSON-LD. The default encoder escapes '&lt;', so the JSON cannot close its script element.</summary>
public static class StructuredData
{
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
        });
}
