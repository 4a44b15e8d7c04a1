using System.Globalization;
using MassarDalil.Content;
using MassarDalil.Content.Data;
using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Benchmarks;

/// <summary>A fresh, migrated SQLite file with the content engine's services on it, removed on dispose.</summary>
public sealed class BenchDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"massar-bench-{Guid.NewGuid():N}.db");
    private SeedFolder? _generated;

    public BenchDatabase()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Content"] = $"Data Source={_path}",
        }).Build();
        Services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddContentEngine(configuration).BuildServiceProvider();
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ContentDbContext>().Database.Migrate();
    }

    public ServiceProvider Services { get; }

    /// <summary>
    /// A fresh database with <paramref name="seed"/> imported as the CLI would: "seed" (the real one), "big" (2,000
    /// questions a language) or a number of questions a language. A generated folder goes with the database.
    /// </summary>
    public static BenchDatabase Seeded(string seed)
    {
        var database = new BenchDatabase { _generated = GeneratedFolder(seed) };
        using var scope = database.Services.CreateScope();
        var read = SeedFolderReader.Read(database._generated?.Path ?? TestPaths.Seed);
        scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(read.Set!, "benchmark").GetAwaiter().GetResult();
        return database;
    }

    /// <summary>The folder a seed name stands for, generated; null for the real seed.</summary>
    public static SeedFolder? GeneratedFolder(string seed) => seed switch
    {
        "seed" => null,
        "big" => BigFaq.Create(),
        _ => BigFaq.Create(int.Parse(seed, CultureInfo.InvariantCulture)),
    };

    public void Dispose()
    {
        Services.Dispose();
        _generated?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
