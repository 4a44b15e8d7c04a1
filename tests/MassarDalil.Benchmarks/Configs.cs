using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MassarDalil.Benchmarks;

// In process: on a 2-core machine shared with builds, BenchmarkDotNet's usual separate build of
// each benchmark timed out. The project is already built in Release by `dotnet run -c Release`.

/// <summary>Fast, repeatable work (Markdown): a short run is precise enough.</summary>
public sealed class QuickConfig : ManualConfig
{
    public QuickConfig() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}

/// <summary>Work that changes state (an import): one invocation per fresh database, a few iterations.</summary>
public sealed class OncePerIterationConfig : ManualConfig
{
    public OncePerIterationConfig() => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(8)
        .WithInvocationCount(1).WithUnrollFactor(1)
        .WithToolchain(InProcessEmitToolchain.Instance));
}
