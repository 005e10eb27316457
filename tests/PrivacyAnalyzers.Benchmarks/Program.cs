using BenchmarkDotNet.Running;
using PrivacyAnalyzers.Benchmarks.BuildTime;

// `dotnet run -c Release --project tests/PrivacyAnalyzers.Benchmarks -- --filter '*'` runs every benchmark;
// `... -- build-time` measures the build time the package adds (see docs/performance.md).
if (args.Length > 0 && args[0] == "build-time")
{
    return BuildTimeCommand.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(PrivacyAnalyzers.Benchmarks.MaskBenchmarks).Assembly).Run(args);
return 0;
