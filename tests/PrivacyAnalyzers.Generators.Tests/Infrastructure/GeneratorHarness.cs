using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PrivacyAnalyzers.Generators.Tests.Infrastructure;

/// <summary>The target a test compilation references: framework reference assemblies plus the matching runtime build.</summary>
public enum TargetFramework
{
    Net80,
    NetStandard20,
}

/// <summary>Builds compilations of test sources and runs <see cref="PrivacyGenerator"/> on them.</summary>
public static class GeneratorHarness
{
    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest, bool documentation = false)
        => new CSharpParseOptions(version, documentation ? DocumentationMode.Diagnose : DocumentationMode.Parse);

    public static CSharpCompilation Compile(
        IEnumerable<string> sources,
        LanguageVersion version = LanguageVersion.Latest,
        TargetFramework target = TargetFramework.Net80,
        bool warningsAsErrors = true,
        IEnumerable<MetadataReference>? additionalReferences = null,
        string assemblyName = "TestModels",
        bool documentation = false)
    {
        var parseOptions = ParseOptions(version, documentation);
        var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: "Source" + index + ".cs"));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithWarningLevel(9999)
            .WithGeneralDiagnosticOption(warningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default);
        return CSharpCompilation.Create(assemblyName, trees, References(target).Concat(additionalReferences ?? Enumerable.Empty<MetadataReference>()), options);
    }

    public static CSharpCompilation Compile(string source, LanguageVersion version = LanguageVersion.Latest, TargetFramework target = TargetFramework.Net80)
        => Compile(new[] { source }, version, target);

    public static IEnumerable<MetadataReference> References(TargetFramework target)
        => target == TargetFramework.Net80
            ? Net80.References.All.Append(RuntimeReferences.Net80)
            : NetStandard20.References.All.Concat(RuntimeReferences.NetStandard20);

    public static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions, bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            new[] { new PrivacyGenerator().AsSourceGenerator() },
            parseOptions: parseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; the result holds the generated sources and the compilation that includes them.</summary>
    public static GeneratorOutcome Run(CSharpCompilation compilation)
    {
        var driver = CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorOutcome(driver.GetRunResult(), output, generatorDiagnostics);
    }

    public static GeneratorOutcome Run(string source, LanguageVersion version = LanguageVersion.Latest)
        => Run(Compile(source, version));
}

/// <summary>One generator run.</summary>
public sealed record GeneratorOutcome(GeneratorDriverRunResult RunResult, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorRunResult Result => RunResult.Results.Single();

    /// <summary>Generated text by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => Result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());

    /// <summary>Every diagnostic of the compilation with the generated code (warnings included).</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics
        => Output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();

    /// <summary>Fails with the diagnostics and the generated text when the generator threw or the output does not compile cleanly.</summary>
    public GeneratorOutcome AssertCompilesCleanly() => AssertClean(CompilationDiagnostics);

    /// <summary>As <see cref="AssertCompilesCleanly"/>, for diagnostics located in generated files only (the sources may warn on their own).</summary>
    public GeneratorOutcome AssertGeneratedCodeIsClean()
    {
        var generatedTrees = Result.GeneratedSources.Select(source => source.SyntaxTree).ToHashSet();
        Assert.All(generatedTrees, tree => Assert.Contains(tree, Output.SyntaxTrees));
        return AssertClean(CompilationDiagnostics.Where(d => d.Location.SourceTree is { } tree && generatedTrees.Contains(tree)).ToList());
    }

    private GeneratorOutcome AssertClean(IReadOnlyList<Diagnostic> diagnostics)
    {
        Assert.Null(Result.Exception);
        Assert.Empty(GeneratorDiagnostics);
        if (diagnostics.Count != 0)
        {
            var generated = string.Join("\n", Sources.Select(source => "// ---- " + source.Key + "\n" + source.Value));
            Assert.Fail("Expected no diagnostics, got:\n" + string.Join("\n", diagnostics) + "\n\nGenerated:\n" + generated);
        }

        return this;
    }
}
