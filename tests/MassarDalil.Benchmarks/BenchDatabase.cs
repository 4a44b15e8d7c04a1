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

    /// <summary>Imports the seed folder at <paramref name="seedPath"/> (the real seed when null), as the CLI would.</summary>
    public void Import(string? seedPath)
    {
        using var scope = Services.CreateScope();
        var read = SeedFolderReader.Read(seedPath ?? TestPaths.Seed);
        scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(read.Set!, "benchmark").GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        Services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
