namespace MassarDalil.Content.Data;

/// <summary>
/// Resolves the relative paths in configuration (the SQLite file, the seed folder) against the
/// repository root, so the web host, the CLI and the tests agree whatever folder they run from.
/// </summary>
public static class ContentPaths
{
    private const string Marker = "MassarDalil.sln";

    /// <summary>The nearest folder above the app (or the current folder) holding the solution; else the current folder.</summary>
    public static string Root { get; } =
        FindRoot(AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();

    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root, path));

    /// <summary>Makes a relative SQLite <c>Data Source</c> absolute and creates its folder.</summary>
    public static string ResolveSqlite(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
        {
            builder.DataSource = Resolve(source);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
