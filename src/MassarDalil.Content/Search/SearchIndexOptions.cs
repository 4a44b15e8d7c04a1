namespace MassarDalil.Content.Search;

/// <summary>When the search index is first built. Section <c>Search</c>.</summary>
public sealed class SearchIndexOptions
{
    public const string Section = "Search";

    /// <summary>
    /// Build the index when something first searches, not as soon as the database is ready. Off (the default), the
    /// site builds it at start, so the first visitor who searches does not wait. The test host turns it on: every
    /// test starts a site, most never search, and the build was a tenth of a test site's CPU.
    /// </summary>
    public bool BuildOnFirstSearch { get; set; }
}
