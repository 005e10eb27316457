using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// <c>check-solution</c>: runs every analyzer once on the synthetic solution, untimed, prints the compiler's warnings
/// and what each rule found with one example per rule, and fails when a policy rule's count differs from what the
/// solution plants.
/// </summary>
public static class SolutionCheckCommand
{
    public static int Run()
    {
        var compilation = SolutionFixture.CompilationWithGeneratedCode();
        var diagnostics = compilation
            .WithAnalyzers(SolutionFixture.PrivacyAnalyzers(), SolutionFixture.Options())
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

        Console.WriteLine($"Synthetic solution: {compilation.SyntaxTrees.Count()} syntax trees (generated code included), additional file {SyntheticSolution.PolicyFilePath}");
        var compilerDiagnostics = compilation.GetDiagnostics();
        Console.WriteLine("Compiler diagnostics: " + (compilerDiagnostics.IsEmpty ? "none" : PlantedDiagnostics.Summary(compilerDiagnostics)));
        foreach (var diagnostic in compilerDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            Console.WriteLine("  " + diagnostic);
        }

        Console.WriteLine("Analyzer diagnostics: " + PlantedDiagnostics.Summary(diagnostics));
        var check = PlantedDiagnostics.CheckPolicyRules(diagnostics, SyntheticSolution.DefaultModuleCount);
        foreach (var line in check.Lines)
        {
            Console.WriteLine("  " + line);
        }

        foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{group.Key}, e.g. {group.First()}");
        }

        // One checkout and the shared partner files in full, so that each planted finding can be read at its line.
        var shown = new[] { SyntheticSolution.FirstCheckoutPath }.Concat(SyntheticSolution.SharedPolicyFilePaths).Append(SyntheticSolution.PolicyFilePath).ToHashSet(StringComparer.Ordinal);
        Console.WriteLine($"Everything reported in {string.Join(", ", shown)}:");
        foreach (var diagnostic in diagnostics.Where(d => shown.Contains(d.Location.GetLineSpan().Path)).OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            Console.WriteLine("  " + diagnostic);
        }

        Console.WriteLine(check.Mismatches.Count == 0
            ? "Every policy rule found what the solution plants."
            : "Differs from what the solution plants: " + string.Join("; ", check.Mismatches));
        return check.Mismatches.Count == 0 ? 0 : 1;
    }
}
