using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;

namespace MassarDalil.Web.Areas.Manager.Editing;

/// <summary>A diff as the manager shows it: labelled sides, in the page's language and direction.</summary>
public sealed record DiffView(ManagerText T, PageDiff Diff, PageContent Before, PageContent After,
    string BeforeLabel, string AfterLabel, string Language, string Direction)
{
    public string? TopicTitle(PageContent content, string? key) => content.Topics.FirstOrDefault(t => t.Key == key)?.Title;
}
