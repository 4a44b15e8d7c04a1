using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;
using MassarDalil.Content.SiteTexts;
using MassarDalil.Web.PublicSite;

namespace MassarDalil.Web.Api;

/// <summary>From the published snapshot to what the API returns.</summary>
internal static class ApiMapping
{
    public static ApiSite Site(PublishedSite site) => new(
        site.Site.Key, site.Site.Culture, site.Site.Dir, site.Texts["site.name"], site.Texts["site.tagline"],
        ContentUrls.Page(site.Site.Key, ""), ContentUrls.ApiPages(site.Site.Key));

    public static ApiPageSummary Summary(PublishedPage page) => new(
        page.TranslationKey, page.Type, page.Slug, page.Title, page.PublishedAt,
        ContentUrls.Page(page.SiteKey, page.Slug), ContentUrls.ApiPage(page.SiteKey, page.Slug, page.TranslationKey));

    public static ApiPage Page(PublishedPage page, PublishedSnapshot snapshot) => new(
        page.TranslationKey, page.SiteKey, page.Type, page.Slug, page.Title, page.Description, page.RevisionNumber,
        page.PublishedAt, ContentUrls.Page(page.SiteKey, page.Slug), Text(TextsOf(page.SiteKey, snapshot), page.BodyHtml, page.Content.Body, page.BodyUnavailable),
        page.Topics.Select(t => new ApiTopic(t.Key, t.Title, t.Questions.Select(q => Question(page, q, TextsOf(page.SiteKey, snapshot))).ToList())).ToList(),
        Translations(page, snapshot));

    public static ApiFaqQuestion FaqQuestion(PublishedPage faq, PublishedQuestion question, PublishedSnapshot snapshot)
    {
        var topic = faq.Topics.Single(t => t.Key == question.TopicKey);
        var translations = Others(faq.SiteKey, snapshot)
            .Select(s => (Site: s, Faq: s.Faq))
            .Select(o => (o.Site, o.Faq, Question: o.Faq?.FindQuestion(question.Key)))
            .Where(o => o.Question is not null)
            .Select(o => new ApiTranslation(o.Site.Site.Key, o.Question!.Question,
                ContentUrls.Question(o.Site.Site.Key, question.Key), ContentUrls.ApiQuestion(o.Site.Site.Key, question.Key)))
            .ToList();
        return new ApiFaqQuestion(question.Key, faq.SiteKey, question.Question, Answer(TextsOf(faq.SiteKey, snapshot), question),
            new ApiTopicRef(topic.Key, topic.Title), ContentUrls.Question(faq.SiteKey, question.Key),
            ContentUrls.Faq(faq.SiteKey), faq.PublishedAt, translations);
    }

    /// <summary>A page by its slug, or a home page (which has none) by its key.</summary>
    public static PublishedPage? FindPage(PublishedSite site, string slug) =>
        site.FindBySlug(slug) ?? (site.Home is { } home && home.TranslationKey == slug ? home : null);

    private static ApiQuestion Question(PublishedPage page, PublishedQuestion question, SiteTextSet texts) => new(
        question.Key, question.Question, Answer(texts, question),
        page.Type == PageType.Faq ? ContentUrls.Question(page.SiteKey, question.Key) : $"{ContentUrls.Page(page.SiteKey, page.Slug)}#{question.Key}",
        ContentUrls.ApiQuestion(page.SiteKey, question.Key));

    private static ApiText Answer(SiteTextSet texts, PublishedQuestion question) =>
        Text(texts, question.AnswerHtml, question.AnswerMarkdown, question.AnswerUnavailable);

    /// <summary>A refused part says so, with the note the site shows, rather than an empty html a client would show as is.</summary>
    private static ApiText Text(SiteTextSet texts, string html, string markdown, bool unavailable) =>
        unavailable ? new ApiText(html, markdown, Unavailable: true, Note: texts["question.part-unavailable"]) : new ApiText(html, markdown);

    private static SiteTextSet TextsOf(string siteKey, PublishedSnapshot snapshot) => snapshot.Find(siteKey)?.Texts ?? SiteTextSet.Empty;

    private static List<ApiTranslation> Translations(PublishedPage page, PublishedSnapshot snapshot) =>
        Others(page.SiteKey, snapshot)
            .Select(s => s.FindByTranslationKey(page.TranslationKey))
            .OfType<PublishedPage>()
            .Select(other => new ApiTranslation(other.SiteKey, other.Title, ContentUrls.Page(other.SiteKey, other.Slug),
                ContentUrls.ApiPage(other.SiteKey, other.Slug, other.TranslationKey)))
            .ToList();

    private static IEnumerable<PublishedSite> Others(string siteKey, PublishedSnapshot snapshot) =>
        snapshot.Sites.Where(s => s.Site.Key != siteKey);
}
