using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/MassarDalil.Benchmarks -- --filter '*'
// Each class chooses its job (Configs.cs); results go to BenchmarkDotNet.Artifacts/ (git-ignored).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
