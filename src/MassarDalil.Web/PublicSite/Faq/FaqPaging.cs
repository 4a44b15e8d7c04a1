using MassarDalil.Content.Published;

namespace MassarDalil.Web.PublicSite.Faq;

/// <summary>
/// A FAQ short enough is one page (the seed's 34 questions); a longer one becomes a topic index
/// at <c>/{lang}/faq</c> and a page per topic at <c>/{lang}/faq/topic/{key}</c>, so no visitor
/// downloads thousands of answers to read one.
/// </summary>
public static class FaqPaging
{
    public const int OnePageLimit = 150;

    public static bool ByTopic(PublishedPage faq) => faq.Topics.Sum(t => t.Questions.Count) > OnePageLimit;

    public static string TopicPath(string language, PublishedPage faq, string topicKey) => $"/{language}/{faq.Slug}/topic/{topicKey}";
}
