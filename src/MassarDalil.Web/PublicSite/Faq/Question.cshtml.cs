using MassarDalil.Content.Published;
using Microsoft.AspNetCore.Mvc;

namespace MassarDalil.Web.PublicSite.Faq;

/// <summary>One question on a page of its own: shareable, with its own title and description.</summary>
public sealed class QuestionModel(PublishedContent content) : PublicPageModel(content)
{
    public PublishedPage Faq { get; private set; } = null!;
    public PublishedTopic Topic { get; private set; } = null!;
    public PublishedQuestion Question { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string lang, string key)
    {
        if (!await LoadSiteAsync(lang) || Site.Faq is not { } faq || faq.FindQuestion(key) is not { } question)
        {
            return NotFound();
        }
        (Faq, Question) = (faq, question);
        Topic = faq.Topics.Single(t => t.Key == question.TopicKey);
        PageTitle = $"{question.Question} | {SiteTitle}";
        MetaDescription = Describe(question.AnswerText);
        OpenGraphType = "article";
        CanonicalPath = PublicUrls.Question(lang, key);
        Alternates = AlternatesFor(s => s.Faq?.FindQuestion(key) is null ? null : PublicUrls.Question(s.Site.Key, key));
        JsonLd = StructuredData.FaqPage([question], lang);
        return Page();
    }
}
