using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAnalyzers.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs <typeparamref name="TAnalyzer"/> on C# sources compiled against .NET 8 and the PrivacyAnalyzers runtime.
/// Mark expected locations with <c>{|#0:...|}</c> and describe them with <see cref="Diagnostic(DiagnosticDescriptor)"/>.
/// </summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new DiagnosticResult(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// The analyzer test with the project's references and language version. Use it directly for several files,
    /// options, or (after <c>TestState.AdditionalReferences.Clear()</c>) a compilation without the runtime.
    /// </summary>
    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.ReferenceAssemblies;
            TestState.AdditionalReferences.Add(TestReferences.Runtime);
            SolutionTransforms.Add(TestReferences.WithLanguageVersion);

            // The test framework turns on rules that are off by default; the PRIV900 data-map observation accompanies every
            // flow finding and is tested on its own (FlowObservationTests).
            DisabledDiagnostics.Add(FlowObservation.RuleId);
        }
    }
}
