using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Flow;
using PrivacyAnalyzers.Analyzers.Policy;
using PrivacyAnalyzers.Generators;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>The synthetic solution as the compiler sees it, and the Roslyn components that the package ships.</summary>
public static class SolutionFixture
{
    /// <summary>Every diagnostic analyzer of the PrivacyAnalyzers.Analyzers assembly, as csc would load them from the package.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> PrivacyAnalyzers() => AnalyzersWhere(_ => true);

    /// <summary>The analyzers of the policy rules (namespace PrivacyAnalyzers.Analyzers.Policy): PRIV002, PRIV004, PRIV008, PRIV009, PRIV200–PRIV206.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> PolicyAnalyzers() =>
        AnalyzersWhere(type => type.Namespace == typeof(ThirdPartySharingAnalyzer).Namespace);

    /// <summary>
    /// The analyzer options of a build of the synthetic solution: its privacy.json as an additional file. The
    /// analyzers read the policy once per file content, so only the first analysis in a process parses it.
    /// </summary>
    public static AnalyzerOptions Options() => new(SyntheticSolution.AdditionalFiles());

    private static ImmutableArray<DiagnosticAnalyzer> AnalyzersWhere(Func<Type, bool> selected) =>
        typeof(LogSinkAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract
                && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null
                && selected(type))
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
