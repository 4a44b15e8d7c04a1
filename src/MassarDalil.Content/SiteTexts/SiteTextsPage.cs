using MassarDalil.Content.Pages;

namespace MassarDalil.Content.SiteTexts;

/// <summary>
/// How a site's texts are stored: one page of type <see cref="PageType.Texts"/> per site, so drafts, merging,
/// publishing, revisions, restore and audit are the pages' own.
/// </summary>
public static class SiteTextsPage
{
    /// <summary>
    /// Its translation key and slug: an underscore no guide's key or address can have, so it never meets a page's
    /// (and the texts page is never routed: the snapshot keeps it out of the site's pages).
    /// </summary>
    public const string Key = "_texts";

    /// <summary>The page content holding <paramref name="texts"/>: no title or body, only the words.</summary>
    public static PageContent Content(IReadOnlyDictionary<string, string> texts) => new() { Title = "", Texts = texts };
}
