using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// <c>analyzer-profile [--runs N] [--diagnostics FILE]</c>: ranks the analyzers by the execution time Roslyn logs for
/// each (<c>logAnalyzerExecutionTime</c>, summed over both threads) on the synthetic solution, one untimed run first
/// so that JIT time does not blur the ranking, then the median of N runs per analyzer. With <c>--diagnostics</c> it
/// also writes every diagnostic found (id, location, message), sorted, one a line: two such files from before and
/// after a change to the analyzers must be identical when the change is meant to keep every finding.
/// </summary>
public static class AnalyzerProfileCommand
{
    public static int Run(string[] args)
    {
        var runs = 3;
        string? diagnosticsFile = null;
        for (var index = 0; index < args.Length; index++)
        {
            if (args[index] == "--runs" && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out runs) && runs > 0)
            {
                index++;
            }
            else if (args[index] == "--diagnostics" && index + 1 < args.Length)
            {
                diagnosticsFile = args[++index];
            }
            else
            {
                Console.Error.WriteLine("Usage: analyzer-profile [--runs N] [--diagnostics FILE]");
                return 2;
            }
        }

        var compilation = SolutionFixture.CompilationWithGeneratedCode();
        var options = new CompilationWithAnalyzersOptions(SolutionFixture.Options(), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        var analyzers = SolutionFixture.PrivacyAnalyzers();

        var first = compilation.Clone().WithAnalyzers(analyzers, options);
        var diagnostics = first.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (diagnosticsFile is not null)
        {
            File.WriteAllLines(diagnosticsFile, Describe(diagnostics));
            Console.WriteLine($"{diagnostics.Length} diagnostics written to {diagnosticsFile}");
        }

        var times = analyzers.ToDictionary(analyzer => analyzer, _ => new List<double>());
        for (var run = 0; run < runs; run++)
        {
            var withTelemetry = compilation.Clone().WithAnalyzers(analyzers, options);
            withTelemetry.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            foreach (var analyzer in analyzers)
            {
                var telemetry = withTelemetry.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
                times[analyzer].Add(telemetry.ExecutionTime.TotalMilliseconds);
            }
        }

        Console.WriteLine($"Analyzer execution time, median of {runs} runs (summed over threads; a ranking, not a measurement):");
        Console.WriteLine("| Analyzer | Time (ms) | Runs (ms) |");
        Console.WriteLine("|----------|----------:|-----------|");
        foreach (var (analyzer, own) in times.OrderByDescending(pair => Median(pair.Value)))
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {analyzer.GetType().Name} | {Median(own):F0} | {string.Join(", ", own.Select(time => time.ToString("F0", CultureInfo.InvariantCulture)))} |"));
        }

        Console.WriteLine(FormattableString.Invariant($"| Total | {times.Values.Sum(Median):F0} | |"));
        return 0;
    }

    private static IEnumerable<string> Describe(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics
            .Select(diagnostic =>
            {
                var span = diagnostic.Location.GetLineSpan();
                var additional = string.Join(" ", diagnostic.AdditionalLocations.Select(location => location.GetLineSpan().ToString()));
                return FormattableString.Invariant(
                    $"{diagnostic.Id} {diagnostic.Severity} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) {diagnostic.GetMessage(CultureInfo.InvariantCulture)} [{additional}]");
            })
            .OrderBy(line => line, StringComparer.Ordinal);

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(value => value).ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
