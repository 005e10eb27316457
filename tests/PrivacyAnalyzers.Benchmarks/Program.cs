using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/PrivacyAnalyzers.Benchmarks -- --filter '*'` runs everything.
BenchmarkSwitcher.FromAssembly(typeof(PrivacyAnalyzers.Benchmarks.MaskBenchmarks).Assembly).Run(args);
