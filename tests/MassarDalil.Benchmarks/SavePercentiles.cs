using System.Diagnostics;
using System.Globalization;
using MassarDalil.Content.Merging;

namespace MassarDalil.Benchmarks;

/// <summary>
/// One question's save (<see cref="SaveBenchmarks.SaveOneQuestion"/>) timed call by call on the seed's FAQ, 500 and
/// 2,000 questions: p50 and p95 of the wall clock, and CPU time and bytes allocated per save, which stay meaningful
/// on a shared machine where the wall clock does not. The target is a save whose cost does not grow with the FAQ.
/// Then the whole FAQ saved with every answer changed, once the draft keeps as many saves as it will, and the size of
/// the page row those saves leave.
/// </summary>
internal static class SavePercentiles
{
    private const int Warmup = 30;
    private const int Runs = 200;

    public static async Task RunAsync(IReadOnlyList<string> sizes)
    {
        foreach (var size in sizes)
        {
            var bench = new SaveBenchmarks { Seed = size };
            bench.Setup();
            try
            {
                await MeasureAsync($"save one question, {size}", bench.SaveOneQuestion);
                await MeasureAsync($"the same as a part save, {size}", bench.SaveOneQuestionAsPart);
                // Past the 50 saves a draft keeps, so the history is as large as it gets.
                for (var i = 0; i < DraftHistory.Kept; i++)
                {
                    await bench.SaveEveryAnswer();
                }
                await MeasureAsync($"every answer rewritten, {size}", bench.SaveEveryAnswer);
                var row = await bench.StoredDraftCharactersAsync();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  the FAQ's page row after them: {row:N0} characters"));
            }
            finally
            {
                bench.Cleanup();
            }
        }
    }

    /// <summary>Times <paramref name="save"/> call by call after a warm-up and prints one line of figures under <paramref name="name"/>.</summary>
    internal static async Task MeasureAsync(string name, Func<Task> save)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await save();
        }
        var times = new double[Runs];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await save();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var cpuPerSave = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Runs;
        var kbPerSave = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / Runs;
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: p50 {times[Runs / 2]:F2} ms, p95 {times[(int)(Runs * 0.95)]:F2} ms; CPU {cpuPerSave:F2} ms, {kbPerSave:F0} KB allocated per save"));
    }
}
