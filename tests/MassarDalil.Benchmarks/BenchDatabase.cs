using MassarDalil.Content;
using MassarDalil.Content.Data;
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
