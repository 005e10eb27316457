using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// The analyzers on the 1,000-file synthetic solution (generated code included, as in a build), with its privacy.json
/// as an additional file. Each invocation works on <c>Compilation.Clone()</c>: same syntax trees (parsing is not
/// measured), empty semantic caches, so every run binds the whole solution again as a build does.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private CSharpCompilation compilation = null!;
    private AnalyzerOptions options = null!;
    private ImmutableArray<DiagnosticAnalyzer> privacyAnalyzers;
    private ImmutableArray<DiagnosticAnalyzer> policyAnalyzers;
    private ImmutableArray<DiagnosticAnalyzer> emptyAnalyzer;

    [GlobalSetup(Targets = new[] { nameof(CompilerOnly), nameof(EmptyAnalyzer), nameof(PolicyAnalyzers) })]
    public void Setup()
    {
        compilation = SolutionFixture.CompilationWithGeneratedCode();
        options = SolutionFixture.Options();
        privacyAnalyzers = SolutionFixture.PrivacyAnalyzers();
        policyAnalyzers = SolutionFixture.PolicyAnalyzers();
        emptyAnalyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());
    }

    /// <summary>
    /// Also prints, to the log, what was analyzed, what was found and where the analyzers' time went, and stops the
    /// run if the policy rules did not find what the solution plants for them.
    /// </summary>
    [GlobalSetup(Target = nameof(AllPrivacyAnalyzers))]
    public void SetupAndReport()
    {
        Setup();

        // The second run is reported, so that JIT time does not blur the ranking.
        Analyze(privacyAnalyzers);
        var withTelemetry = compilation.Clone().WithAnalyzers(privacyAnalyzers, Options(logExecutionTime: true));
        var diagnostics = withTelemetry.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        Console.WriteLine(
            $"// Synthetic solution: {compilation.SyntaxTrees.Count()} syntax trees, " +
            $"{compilation.SyntaxTrees.Sum(tree => tree.GetText().Lines.Count)} lines, additional file {SyntheticSolution.PolicyFilePath}");
        Console.WriteLine("// Diagnostics: " + PlantedDiagnostics.Summary(diagnostics));
        var check = PlantedDiagnostics.CheckPolicyRules(diagnostics, SyntheticSolution.DefaultModuleCount);
        foreach (var line in check.Lines)
        {
            Console.WriteLine("// Policy rule " + line);
        }

        foreach (var first in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => g.First()))
        {
            Console.WriteLine("//   e.g. " + first);
        }

        if (check.Mismatches.Count > 0)
        {
            throw new InvalidOperationException("The policy rules did not find what the synthetic solution plants: " + string.Join("; ", check.Mismatches));
        }

        // Summed over both threads, from one run: a ranking, not a measurement.
        foreach (var analyzer in privacyAnalyzers)
        {
            var telemetry = withTelemetry.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine($"// Analyzer time {analyzer.GetType().Name}: {telemetry.ExecutionTime.TotalMilliseconds:F0} ms");
        }
    }

    [Benchmark(Baseline = true, Description = "Compiler only: GetDiagnostics()")]
    public int CompilerOnly() => compilation.Clone().GetDiagnostics().Length;

    [Benchmark(Description = "Empty analyzer (one no-op syntax node action)")]
    public int EmptyAnalyzer() => Analyze(emptyAnalyzer).Length;

    [Benchmark(Description = "Policy analyzers only (PolicyFile, ThirdPartySharing, Cookie, Purpose)")]
    public int PolicyAnalyzers() => Analyze(policyAnalyzers).Length;

    [Benchmark(Description = "All PrivacyAnalyzers analyzers")]
    public int AllPrivacyAnalyzers() => Analyze(privacyAnalyzers).Length;

    private ImmutableArray<Diagnostic> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        compilation.Clone().WithAnalyzers(analyzers, Options(logExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

    // Concurrent, as csc runs analyzers that enable concurrent execution.
    private CompilationWithAnalyzersOptions Options(bool logExecutionTime) => new(
        options,
        onAnalyzerException: null,
        concurrentAnalysis: true,
        logAnalyzerExecutionTime: logExecutionTime);
}
