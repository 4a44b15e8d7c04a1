using MassarDalil.Content.Pages;
using MassarDalil.Content.Text;

namespace MassarDalil.Web.Areas.Manager.Editing;

/// <summary>The FAQ editor's list of questions, and its filter: question text, key and search terms, Arabic spellings folded.</summary>
public static class FaqOutline
{
    public static IReadOnlyList<FaqTopic> Filter(PageContent content, string? filter)
    {
        var words = Fold(filter ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return content.Topics;
        }
        return content.Topics
            .Select(t => t with { Questions = t.Questions.Where(q => Matches(Fold(t.Title) + " " + Searchable(q), words)).ToList() })
            .Where(t => t.Questions.Count > 0).ToList();
    }

    /// <summary>What the filter looks in: the question, its key and its search terms, folded (lower case, Arabic spellings as one).</summary>
    public static string Searchable(FaqQuestion question) =>
        Fold($"{question.Question} {question.Key} {string.Join(' ', question.SearchTerms)}");

    /// <summary>
    /// The search terms for faq-outline.js, which reads the question and key from the link itself; null when there are
    /// none, so the attribute is left out and a big FAQ's list carries no text twice.
    /// </summary>
    public static string? Terms(FaqQuestion question) => question.SearchTerms.Count == 0 ? null : string.Join(' ', question.SearchTerms);

    private static bool Matches(string text, string[] words) => words.All(w => text.Contains(w, StringComparison.Ordinal));

    private static string Fold(string text) => ArabicText.Normalize(text).ToLowerInvariant();
}
