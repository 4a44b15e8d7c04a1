namespace MassarDalil.Content.Search;

/// <summary>When the search index is first built. Section <c>Search</c>.</summary>
public sealed class SearchIndexOptions
{
    public const string Section = "Search";

    /// <summary>
    /// Build the index when something first searches, not once the site has started. Off (the default), the site
    /// builds it right after its first page (or a second after start), so a later visitor's search does not wait. The test host turns it on: every
    /// test starts a site, most never search, and the build was a tenth of a test site's CPU.
    /// </summary>
    public bool BuildOnFirstSearch { get; set; }
}
