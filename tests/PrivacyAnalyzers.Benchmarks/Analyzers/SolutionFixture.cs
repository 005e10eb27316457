using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Generators;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>The synthetic solution as the compiler sees it, and the Roslyn components that the package ships.</summary>
public static class SolutionFixture
{
    /// <summary>Every diagnostic analyzer of the PrivacyAnalyzers.Analyzers assembly, as csc would load them from the package.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> PrivacyAnalyzers() =>
        typeof(LogSinkAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract
                && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

    /// <summary>A generator driver as csc creates it: no step tracking, no host outputs.</summary>
    public static GeneratorDriver NewGeneratorDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new PrivacyGenerator().AsSourceGenerator() },
            parseOptions: SyntheticSolution.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>
    /// The synthetic solution with the generator's output added, checked to compile without errors: what the
    /// analyzers see in a build. Its semantic caches are filled by the check; benchmarks work on clones.
    /// </summary>
    public static CSharpCompilation CompilationWithGeneratedCode(int moduleCount = SyntheticSolution.DefaultModuleCount)
    {
        var source = SyntheticSolution.Compilation(moduleCount);
        NewGeneratorDriver().RunGeneratorsAndUpdateCompilation(source, out var output, out var generatorDiagnostics);
        var errors = generatorDiagnostics.Concat(output.GetDiagnostics())
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The synthetic solution does not compile ({errors.Count} errors), first: {errors[0]}");
        }

        return (CSharpCompilation)output;
    }
}
