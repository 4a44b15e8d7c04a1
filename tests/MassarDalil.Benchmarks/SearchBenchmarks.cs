namespace MassarDalil.Benchmarks;

// TODO(search): benchmark a search once the engine has one (the search branch builds the index).
// Shape it like ImportBenchmarks: [GlobalSetup] builds the index over the seed and over BigFaq
// (2,000 questions per language), then [Benchmark] methods query it with [Params] such as
// "كلمة المرور", "كلمه السر" (folding), "password reset" and a miss, per language.
// Nothing is declared here yet so that `--filter '*'` does not run an empty benchmark.
