using MassarDalil.Content.Pages;
using MassarDalil.Content.Publishing;

namespace MassarDalil.Web.Areas.Manager.Editing;

/// <summary>Someone saved the page while this editor was typing: their draft, and how ours differs from it.</summary>
public sealed record ConflictView(string TheirAuthor, DateTimeOffset TheirTime, int TheirVersion, PageContent Theirs, PageContent Yours)
{
    public PageDiff Diff { get; } = RevisionDiff.Compare(Theirs, Yours);
}
