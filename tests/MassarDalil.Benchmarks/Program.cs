using BenchmarkDotNet.Running;
using MassarDalil.Benchmarks;

// dotnet run -c Release --project tests/MassarDalil.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/MassarDalil.Benchmarks -- percentiles   (search p50/p95 on the big FAQ)
// Each class chooses its job (Configs.cs); results go to BenchmarkDotNet.Artifacts/ (git-ignored).
if (args is ["percentiles"])
{
    await SearchPercentiles.RunAsync();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
