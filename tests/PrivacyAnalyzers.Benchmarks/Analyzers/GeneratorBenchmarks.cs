using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PrivacyAnalyzers.Benchmarks.Analyzers;

/// <summary>
/// The incremental generator on the 1,000-file synthetic solution: a full run (new driver, fresh compilation clone),
/// and a re-run of a driver that has seen the solution after a one-character edit, in a service (nothing to
/// regenerate) and in a model's attribute argument (one type's code and the inventory change). The edited
/// compilation is made inside the measured call (it is new each time, as in the IDE); making it is measured on its
/// own ("The edit alone"; the edited tree is re-parsed lazily, inside the generator run). The "Floor" rows run a
/// generator that only finds the [PersonalInfo] attributes (<see cref="AttributeFinderGenerator"/>), for comparison.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation source = null!;
    private GeneratorDriver warmDriver = null!;
    private GeneratorDriver warmFinderDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        source = SyntheticSolution.Compilation();
        warmDriver = SolutionFixture.NewGeneratorDriver().RunGenerators(source);
        warmFinderDriver = NewFinderDriver().RunGenerators(source);
        var result = warmDriver.GetRunResult();
        Console.WriteLine($"// Generator: {result.GeneratedTrees.Length} files generated from {source.SyntaxTrees.Count()} source files, " +
            $"{result.Diagnostics.Length} diagnostics");
    }

    [Benchmark(Baseline = true, Description = "Full run (new driver)")]
    public GeneratorDriver FullRun() => SolutionFixture.NewGeneratorDriver().RunGenerators(source.Clone());

    [Benchmark(Description = "Incremental: one-char edit in a service")]
    public GeneratorDriver ServiceEdit() =>
        warmDriver.RunGenerators(SyntheticSolution.WithOneCharacterEdit(source, SyntheticSolution.EditedServicePath, SyntheticSolution.ServiceLiteral));

    [Benchmark(Description = "Incremental: one-char edit in a model")]
    public GeneratorDriver ModelEdit() =>
        warmDriver.RunGenerators(SyntheticSolution.WithOneCharacterEdit(source, SyntheticSolution.EditedModelPath, SyntheticSolution.ModelLiteral));

    [Benchmark(Description = "The edit alone (no generator)")]
    public Compilation EditAlone() =>
        SyntheticSolution.WithOneCharacterEdit(source, SyntheticSolution.EditedModelPath, SyntheticSolution.ModelLiteral);

    [Benchmark(Description = "Floor: attribute finder, full run")]
    public GeneratorDriver FinderFullRun() => NewFinderDriver().RunGenerators(source.Clone());

    [Benchmark(Description = "Floor: attribute finder, one-char edit in a service")]
    public GeneratorDriver FinderServiceEdit() =>
        warmFinderDriver.RunGenerators(SyntheticSolution.WithOneCharacterEdit(source, SyntheticSolution.EditedServicePath, SyntheticSolution.ServiceLiteral));

    private static GeneratorDriver NewFinderDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new AttributeFinderGenerator().AsSourceGenerator() },
            parseOptions: SyntheticSolution.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}
