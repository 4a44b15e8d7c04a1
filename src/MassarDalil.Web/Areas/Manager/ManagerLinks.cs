using MassarDalil.Content.Pages;

namespace MassarDalil.Web.Areas.Manager;

/// <summary>The manager's addresses for a page, in one place.</summary>
public static class ManagerLinks
{
    public static string Edit(int pageId, string type) => type == PageType.Faq ? $"/manager/faq/{pageId}" : $"/manager/page/{pageId}";
    public static string Preview(int pageId) => $"/manager/preview/{pageId}";
    public static string Revisions(int pageId) => $"/manager/revisions/{pageId}";
    public static string Revision(int pageId, int number) => $"/manager/revisions/{pageId}/{number}";

    /// <summary>Where visitors find the published page.</summary>
    public static string Public(string siteKey, string type, string slug) => type == PageType.Home ? $"/{siteKey}/" : $"/{siteKey}/{slug}";
}
