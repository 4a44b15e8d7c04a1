using BenchmarkDotNet.Attributes;
using MassarDalil.Content.Import;
using MassarDalil.Tests.Support;
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
    private BenchDatabase? _database;

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
    public void FreshDatabase() => _database = new BenchDatabase();

    [IterationCleanup]
    public void RemoveDatabase() => _database?.Dispose();

    [Benchmark]
    public async Task<int> ReadAndImport()
    {
        var read = SeedFolderReader.Read(_folder);
        await using var scope = _database!.Services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(read.Set!, "benchmark");
        return summary.Questions.Added;
    }
}
