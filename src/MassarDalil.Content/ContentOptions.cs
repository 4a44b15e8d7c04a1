namespace MassarDalil.Content;

/// <summary>Where the seed lives and whether an empty database is filled from it. Section <c>Content</c>.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The seed folder; relative paths are taken from the repository root.</summary>
    public string SeedPath { get; set; } = "seed";

    /// <summary>Import the seed at start when the database holds no pages.</summary>
    public bool SeedOnEmpty { get; set; } = true;
}

/// <summary>Which database engine holds the content. Section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary><c>Sqlite</c> (one server, a file) or <c>Postgres</c> (one or several servers).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// When the database cannot be reached at start, the site waits 1 s, then twice as long each time,
    /// up to this, before trying again.
    /// </summary>
    public TimeSpan StartRetryMax { get; set; } = TimeSpan.FromSeconds(30);
}
