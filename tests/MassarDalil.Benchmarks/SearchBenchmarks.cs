using BenchmarkDotNet.Attributes;
using MassarDalil.Content;
using MassarDalil.Content.Data;
using MassarDalil.Content.Import;
using MassarDalil.Content.Search;
using MassarDalil.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MassarDalil.Benchmarks;

/// <summary>
/// One visitor's search against the built index (what /ar/search and the as-you-type box cost), over the
/// seed and over the generated 2,000-questions-per-language FAQ: Arabic with folding and synonyms, English
/// with stemming, a misspelt Latin word (fuzzy) and a miss.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(QuickConfig))]
public class SearchBenchmarks
{
    private SeedFolder? _big;
    private string _database = "";
    private ServiceProvider? _services;
    private SearchIndex? _index;

    [Params("seed", "big")]
    public string Seed { get; set; } = "seed";

    [Params("ar: كلمه السر", "ar: مسار", "en: password reset", "en: motamadris", "en: qzxv")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public async Task Setup()
    {
        _big = Seed == "big" ? BigFaq.Create() : null;
        _database = Path.Combine(Path.GetTempPath(), $"massar-bench-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Content"] = $"Data Source={_database}",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddContentEngine(configuration).AddSearchEngine().BuildServiceProvider();
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Database.MigrateAsync();
            var read = SeedFolderReader.Read(_big?.Path ?? TestPaths.Seed);
            await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(read.Set!, "benchmark");
        }
        // The site's start-up says the database is ready; here the setup has just migrated it itself, and
        // without this the indexer waited for ever (the benchmark hung).
        _services.GetRequiredService<DatabaseReadiness>().MarkReady();
        // The indexer is the site's own background service: started here, it builds the index once.
        foreach (var service in _services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }
        _index = _services.GetRequiredService<SearchIndex>();
        var warm = await Search();
        Console.WriteLine($"// {Seed} '{Query}': {warm} hits");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        foreach (var service in _services!.GetServices<IHostedService>())
        {
            await service.StopAsync(CancellationToken.None);
        }
        await _services!.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
        _big?.Dispose();
    }

    [Benchmark]
    public async Task<int> Search()
    {
        var language = Query[..2];
        var results = await _index!.SearchAsync(language, Query[4..]);
        return results.Hits.Count;
    }
}
