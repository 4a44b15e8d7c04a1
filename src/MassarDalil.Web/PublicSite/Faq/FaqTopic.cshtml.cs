using MassarDalil.Content.Published;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.PublicSite.Faq;

/// <summary>
/// One topic of a FAQ too long for one page. Given a question's key instead, it sends the visitor
/// to that question on its topic's page; on a FAQ that fits one page, to the FAQ itself.
/// </summary>
public sealed class FaqTopicModel(PublishedContent content) : PublicPageModel(content)
{
    public PublishedPage Faq { get; private set; } = null!;
    public PublishedTopic Topic { get; private set; } = null!;
    public PublishedTopic? Previous { get; private set; }
    public PublishedTopic? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(string lang, string key)
    {
        if (!await LoadSiteAsync(lang) || Site.Faq is not { } faq)
        {
            return NotFound();
        }
        var index = faq.Topics.ToList().FindIndex(t => t.Key == key);
        var question = index < 0 ? faq.FindQuestion(key) : null;
        if (index < 0 && question is null)
        {
            return NotFound();
        }
        if (!FaqPaging.ByTopic(faq))
        {
            return Redirect($"/{lang}/{faq.Slug}#{key}");
        }
        if (question is not null)
        {
            return Redirect($"{FaqPaging.TopicPath(lang, faq, question.TopicKey)}#{key}");
        }
        (Faq, Topic) = (faq, faq.Topics[index]);
        Previous = index > 0 ? faq.Topics[index - 1] : null;
        Next = index + 1 < faq.Topics.Count ? faq.Topics[index + 1] : null;
        PageTitle = $"{Topic.Title} | {faq.Title} | {SiteTitle}";
        MetaDescription = faq.Description;
        CanonicalPath = FaqPaging.TopicPath(lang, faq, key);
        Alternates = AlternatesFor(s => s.Faq is { } other && other.Topics.Any(t => t.Key == key) ? FaqPaging.TopicPath(s.Site.Key, other, key) : null);
        // No FAQPage markup: each question carries it on its own page (StructuredData says why).
        return Page();
    }
}
