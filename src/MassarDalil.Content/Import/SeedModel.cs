using MassarDalil.Content.Pages;
using MassarDalil.Content.Sites;
using MassarDalil.Content.Problems;

namespace MassarDalil.Content.Import;

/// <summary>One entry of <c>sites.yml</c>: what is not words (those are in the site's <c>texts.yml</c>).</summary>
public sealed record SeedSite(string Key, string Culture, TextDirection Direction, int Order);

public sealed record SeedPage(
    string File, string SiteKey, string Type, string TranslationKey, string Slug, int Order, PageContent Content)
{
    /// <summary>Where the front matter names the key and the slug, for problems found across files.</summary>
    public int KeyLine { get; init; } = 1;

    public int SlugLine { get; init; } = 1;
}

/// <summary>A whole seed folder, read and checked, ready to import.</summary>
/// <param name="Redirects">Editors' redirects (<see cref="RedirectsFile"/>); none when null.</param>
public sealed record SeedSet(IReadOnlyList<SeedSite> Sites, IReadOnlyList<SeedPage> Pages, IReadOnlyList<SeedRedirect>? Redirects = null)
{
    public IReadOnlyList<SeedRedirect> AllRedirects => Redirects ?? [];

    /// <summary>The groups of <c>lexicon.yml</c>, when the folder has one: imported as the synonym groups.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Lexicon { get; init; }

    /// <summary>Each site's <c>texts.yml</c>, for the sites that have one.</summary>
    public IReadOnlyList<SeedTexts> Texts { get; init; } = [];

    /// <summary>The images of <c>media/</c> (<see cref="MediaFolder"/>).</summary>
    public IReadOnlyList<SeedMedia> Media { get; init; } = [];
    /// <summary>Each site's <c>navigation.yml</c>, for the sites that have one.</summary>
    public IReadOnlyList<SeedNavigation> Navigation { get; init; } = [];
}

/// <summary>A site's <c>navigation.yml</c>, read.</summary>
public sealed record SeedNavigation(string File, string SiteKey, Navigation.NavigationMenu Menu);

/// <summary>One line of a site's <c>redirects.yml</c>: <c>/{SiteKey}/{From}</c> answers 301 with <c>/{SiteKey}/{To}</c>.</summary>
public sealed record SeedRedirect(string File, int Line, string SiteKey, string From, string To);

/// <summary>What reading a seed folder gave: a set to import only when there are no errors.</summary>
public sealed record SeedReadResult(SeedSet? Set, IReadOnlyList<Problem> Errors, IReadOnlyList<Problem> Warnings)
{
    public bool IsValid => Set is not null && Errors.Count == 0;
}
