using MassarDalil.Content.Pages;
using MassarDalil.Content.Published;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>The manager's addresses for a page, in one place.</summary>
public static class ManagerLinks
{
    public static string Edit(int pageId, string type) => type switch
    {
        PageType.Faq => $"/manager/faq/{pageId}",
        PageType.Texts => $"/manager/texts/{pageId}",
        PageType.Navigation => $"/manager/navigation/{pageId}",
        _ => $"/manager/page/{pageId}",
    };
    public static string Preview(int pageId) => $"/manager/preview/{pageId}";
    public static string Revisions(int pageId) => $"/manager/revisions/{pageId}";
    public static string Schedule(int pageId) => $"/manager/schedule/{pageId}";
    public static string Revision(int pageId, int number) => $"/manager/revisions/{pageId}/{number}";

    /// <summary>The FAQ editor with one question open, to improve its answer.</summary>
    public static string EditQuestion(int faqPageId, string questionKey) => FaqQuestion(faqPageId, questionKey);

    /// <summary>One question of an FAQ on its own editing page.</summary>
    public static string FaqQuestion(int faqPageId, string questionKey) => $"/manager/faq/{faqPageId}/question/{Uri.EscapeDataString(questionKey)}";

    /// <summary>One topic of an FAQ on its own editing page.</summary>
    public static string FaqTopic(int faqPageId, string topicKey) => $"/manager/faq/{faqPageId}/topic/{Uri.EscapeDataString(topicKey)}";

    /// <summary>A question's own public page.</summary>
    public static string PublicQuestion(string siteKey, string questionKey) => $"/{siteKey}/faq/{Uri.EscapeDataString(questionKey)}";

    /// <summary>The public search for this text, to see what visitors see.</summary>
    public static string PublicSearch(string siteKey, string query) => $"/{siteKey}/search?q={Uri.EscapeDataString(query)}";

    /// <summary>Where visitors find the published page.</summary>
    public static string Public(string siteKey, string type, string slug) => type is PageType.Home or PageType.Texts or PageType.Navigation ? $"/{siteKey}/" : ContentUrls.Page(siteKey, slug);
}
