using BenchmarkDotNet.Running;
using PrivacyAnalyzers.Benchmarks.Analyzers;
using PrivacyAnalyzers.Benchmarks.BuildTime;
using PrivacyAnalyzers.Benchmarks.ToolRun;

// `dotnet run -c Release --project tests/PrivacyAnalyzers.Benchmarks -- --filter '*'` runs every benchmark;
// `... -- build-time` measures the build time the package adds (see docs/performance.md);
// `... -- check-solution` checks, untimed, that the analyzers find what the synthetic solution plants;
// `... -- analyzer-rounds --rounds 5` measures the analyzer cases in alternating rounds (for a shared machine);
// `... -- analyzer-profile [--runs N] [--diagnostics FILE]` ranks the analyzers by their logged execution time;
// `... -- write-solution <folder>` writes the synthetic solution for timing the privacy tool (measure-tool.sh).
if (args.Length > 0 && args[0] == "build-time")
{
    return BuildTimeCommand.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "check-solution")
{
    return SolutionCheckCommand.Run();
}

if (args.Length > 0 && args[0] == "analyzer-rounds")
{
    return AnalyzerRoundsCommand.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "analyzer-profile")
{
    return AnalyzerProfileCommand.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "write-solution")
{
    return WriteSolutionCommand.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(PrivacyAnalyzers.Benchmarks.MaskBenchmarks).Assembly).Run(args);
return 0;
