using System.Diagnostics;
using System.Globalization;

namespace MassarDalil.Benchmarks;

/// <summary>
/// The search target is a percentile (p95 per query), which BenchmarkDotNet's short run does not give: this
/// times every call with a stopwatch over the 2,000-question FAQ, after a warm-up, and prints p50, p95 and max.
/// </summary>
internal static class SearchPercentiles
{
    private const int Warmup = 50;
    private const int Runs = 300;

    public static async Task RunAsync(string seed)
    {
        var bench = new SearchBenchmarks { Seed = seed };
        var queries = bench.GetType().GetProperty(nameof(SearchBenchmarks.Query))!
            .GetCustomAttributes(typeof(BenchmarkDotNet.Attributes.ParamsAttribute), false)
            .Cast<BenchmarkDotNet.Attributes.ParamsAttribute>().Single().Values.Cast<string>().ToList();
        bench.Query = queries[0];
        await bench.Setup();
        try
        {
            foreach (var query in queries)
            {
                bench.Query = query;
                for (var i = 0; i < Warmup; i++)
                {
                    await bench.Search();
                }
                var times = new double[Runs];
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                for (var i = 0; i < Runs; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    await bench.Search();
                    times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
                // On a busy machine the wall clock measures the neighbours; CPU time and allocation per query do not.
                var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Runs;
                var kbPerQuery = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / Runs;
                Array.Sort(times);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{seed} '{query}': p50 {times[Runs / 2]:F2} ms, p95 {times[(int)(Runs * 0.95)]:F2} ms, max {times[^1]:F2} ms; CPU {cpuPerQuery:F2} ms, {kbPerQuery:F0} KB allocated per query"));
            }
        }
        finally
        {
            await bench.Cleanup();
        }
    }
}
