using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// <c>analyzer-rounds [--rounds N]</c>: the cases of <see cref="AnalyzerBenchmarks"/> measured in one process, in
/// rounds that run every case once, the order rotating from round to round. On a machine shared with other work the
/// load changes from minute to minute; BenchmarkDotNet measures the cases one after the other, minutes apart, so the
/// load, not the analyzers, can decide their ratios. Here each round meets about the same load in every case, and
/// besides wall time the process's CPU time is measured, which waiting for a busy core does not add to.
/// </summary>
public static class AnalyzerRoundsCommand
{
    public static int Run(string[] args)
    {
        var rounds = 5;
        if (args.Length > 0 && !(args.Length == 2 && args[0] == "--rounds" && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) && rounds > 0))
        {
            Console.Error.WriteLine("Usage: analyzer-rounds [--rounds N]");
            return 2;
        }

        var compilation = SolutionFixture.CompilationWithGeneratedCode();
        var options = SolutionFixture.Options();
        var cases = new (string Name, ImmutableArray<DiagnosticAnalyzer>? Analyzers)[]
        {
            ("Compiler only: GetDiagnostics()", null),
            ("Empty analyzer", ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer())),
            ("Policy analyzers only", SolutionFixture.PolicyAnalyzers()),
            ("All PrivacyAnalyzers analyzers", SolutionFixture.PrivacyAnalyzers()),
        };

        // One untimed run of each case compiles the code paths (JIT) before any is measured.
        foreach (var (_, analyzers) in cases)
        {
            Measure(compilation, options, analyzers);
        }

        var results = cases.Select(_ => new List<Measurement>()).ToArray();
        Console.WriteLine("| Round | Case | Wall (s) | CPU (s) | Allocated (MB) | Diagnostics |");
        Console.WriteLine("|------:|------|---------:|--------:|---------------:|------------:|");
        for (var round = 0; round < rounds; round++)
        {
            for (var step = 0; step < cases.Length; step++)
            {
                var index = (round + step) % cases.Length;
                var measurement = Measure(compilation, options, cases[index].Analyzers);
                results[index].Add(measurement);
                Console.WriteLine(FormattableString.Invariant(
                    $"| {round + 1} | {cases[index].Name} | {measurement.Wall:F2} | {measurement.Cpu:F2} | {measurement.AllocatedMegabytes:F0} | {measurement.Diagnostics} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("Medians over the rounds; ratios to the compiler-only case of the same round, then their median.");
        Console.WriteLine("| Case | Wall (s) | CPU (s) | Allocated (MB) | Wall ratio | CPU ratio |");
        Console.WriteLine("|------|---------:|--------:|---------------:|-----------:|----------:|");
        for (var index = 0; index < cases.Length; index++)
        {
            var own = results[index];
            var wallRatio = Median(own.Select((m, round) => m.Wall / results[0][round].Wall));
            var cpuRatio = Median(own.Select((m, round) => m.Cpu / results[0][round].Cpu));
            Console.WriteLine(FormattableString.Invariant(
                $"| {cases[index].Name} | {Median(own.Select(m => m.Wall)):F2} | {Median(own.Select(m => m.Cpu)):F2} | {Median(own.Select(m => m.AllocatedMegabytes)):F0} | {wallRatio:F2} | {cpuRatio:F2} |"));
        }

        return 0;
    }

    private static Measurement Measure(CSharpCompilation compilation, AnalyzerOptions options, ImmutableArray<DiagnosticAnalyzer>? analyzers)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();

        // The same work as the benchmark cases: a clone with empty semantic caches, analyzers run concurrently.
        var diagnostics = analyzers is { } some
            ? compilation.Clone()
                .WithAnalyzers(some, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length
            : compilation.Clone().GetDiagnostics().Length;

        stopwatch.Stop();
        process.Refresh();
        return new Measurement(
            stopwatch.Elapsed.TotalSeconds,
            (process.TotalProcessorTime - cpuBefore).TotalSeconds,
            (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0),
            diagnostics);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(value => value).ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private sealed record Measurement(double Wall, double Cpu, double AllocatedMegabytes, int Diagnostics);
}
