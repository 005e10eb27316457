using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Generators;

namespace PrivacyAnalyzers.Tool.Analysis;

/// <summary>
/// The generator of this tool's build, put in place of the project's own PrivacyAnalyzers reference, so that the code
/// is seen with the generated members whether or not the project's analyzer assemblies have been built, and the
/// generator and the analyzers are always of one version.
/// </summary>
internal sealed class PrivacyToolReference : AnalyzerReference
{
    public static readonly PrivacyToolReference Instance = new();

    private readonly ImmutableArray<ISourceGenerator> _generators = ImmutableArray.Create(new PrivacyGenerator().AsSourceGenerator());

    public override string? FullPath => null;

    public override object Id => typeof(PrivacyToolReference).FullName!;

    public override string Display => "PrivacyAnalyzers generator (privacy tool)";

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language)
        => language == LanguageNames.CSharp ? _generators : ImmutableArray<ISourceGenerator>.Empty;
}
