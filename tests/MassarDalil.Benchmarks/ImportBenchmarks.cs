using BenchmarkDotNet.Attributes;
using MassarDalil.Content;
using MassarDalil.Content.Data;
using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MassarDalil.Benchmarks;

/// <summary>
/// Reading a seed folder and importing it into a fresh SQLite file (migrated beforehand, as the
/// CLI does before it imports), for the seed and for the generated 2,000-questions-per-language FAQ.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OncePerIterationConfig))]
public class ImportBenchmarks
{
    private SeedFolder? _big;
    private string _folder = "";
    private string _database = "";
    private ServiceProvider? _services;

    [Params("seed", "big")]
    public string Seed { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _big = Seed == "big" ? BigFaq.Create() : null;
        _folder = _big?.Path ?? TestPaths.Seed;
    }

    [GlobalCleanup]
    public void Cleanup() => _big?.Dispose();

    [IterationSetup]
    public void FreshDatabase()
    {
        _database = Path.Combine(Path.GetTempPath(), $"massar-bench-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Content"] = $"Data Source={_database}",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddContentEngine(configuration).BuildServiceProvider();
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ContentDbContext>().Database.Migrate();
    }

    [IterationCleanup]
    public void RemoveDatabase()
    {
        _services?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }

    [Benchmark]
    public async Task<int> ReadAndImport()
    {
        var read = SeedFolderReader.Read(_folder);
        await using var scope = _services!.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(read.Set!, "benchmark");
        return summary.Questions.Added;
    }
}
