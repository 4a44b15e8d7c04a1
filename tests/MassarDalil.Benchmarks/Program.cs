using BenchmarkDotNet.Running;
using MassarDalil.Benchmarks;

// dotnet run -c Release --project tests/MassarDalil.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/MassarDalil.Benchmarks -- percentiles [big|seed]   (search p50/p95 per query)
// dotnet run -c Release --project tests/MassarDalil.Benchmarks -- saves [seed 500 big]   (one question's save, and every answer's, per FAQ size)
// dotnet run -c Release --project tests/MassarDalil.Benchmarks -- saves-http [seed 500 big]   (the same through the manager's POST)
// Each class chooses its job (Configs.cs); results go to BenchmarkDotNet.Artifacts/ (git-ignored).
if (args is ["percentiles", ..])
{
    await SearchPercentiles.RunAsync(args.Length > 1 ? args[1] : "big");
    return;
}
if (args is ["saves", ..])
{
    await SavePercentiles.RunAsync(args.Length > 1 ? args[1..] : ["seed", "500", "big"]);
    return;
}
if (args is ["saves-http", ..])
{
    await HttpSavePercentiles.RunAsync(args.Length > 1 ? args[1..] : ["seed", "500", "big"]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SaveBenchmarks).Assembly).Run(args);
