using MassarDalil.Content.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Tests.Support;

/// <summary>
/// The database a default <see cref="MassarApp"/> starts from: migrated and filled from seed/ once per test run,
/// then copied for each test. Migrating and importing the seed is most of what starting a site on an empty
/// database costs; a copy of the result is the same database, so the site finds it ready and skips both.
/// A test that changes the seed (its own folder, or no seeding) does not get a copy: its site seeds afresh.
/// </summary>
public static class SeededTemplate
{
    /// <summary>Settings that decide what an empty database is filled with, or which database it is.</summary>
    private static readonly string[] SeedDecidingKeys =
        ["Content:SeedPath", "Content:SeedOnEmpty", "ConnectionStrings:Content", "Database:Provider"];

    private static readonly Lazy<string> SqliteFile = new(CreateSqlite);

    /// <summary>Whether an app with these settings would fill its database from the default seed.</summary>
    public static bool Fits(IReadOnlyDictionary<string, string?>? settings) =>
        settings is null || !settings.Keys.Any(key => SeedDecidingKeys.Contains(key, StringComparer.OrdinalIgnoreCase));

    /// <summary>Puts a copy of the seeded SQLite template at <paramref name="path"/>.</summary>
    public static void CopySqliteTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(SqliteFile.Value, path);
        if (File.Exists(SqliteFile.Value + "-wal"))
        {
            File.Copy(SqliteFile.Value + "-wal", path + "-wal"); // not checkpointed after all: the file alone would lack the seed
        }
    }

    /// <summary>
    /// Migrates the database these settings name and fills it from the default seed, through the site's own
    /// start-up code (<see cref="DatabaseInitializer"/>), without starting a site.
    /// </summary>
    public static void Fill(IReadOnlyDictionary<string, string?> databaseSettings)
    {
        var overrides = new Dictionary<string, string?>(databaseSettings)
        {
            ["Content:SeedPath"] = TestPaths.Seed,
            ["Content:SeedOnEmpty"] = "true",
        };
        using (var host = MassarDalil.Cli.Program.BuildHost([], overrides))
        using (var scope = host.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync().GetAwaiter().GetResult();
        }
        // The last connection to close checkpoints SQLite's WAL into the file, so the file alone is the whole database.
        SqliteConnection.ClearAllPools();
    }

    private static string CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "massar-tests");
        var path = Path.Combine(folder, $"template-{Guid.NewGuid():N}.db");
        Fill(new Dictionary<string, string?> { ["ConnectionStrings:Content"] = $"Data Source={path}" });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", ".lock" })
            {
                File.Delete(path + suffix);
            }
        };
        return path;
    }
}
