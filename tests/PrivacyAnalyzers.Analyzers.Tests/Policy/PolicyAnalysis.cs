using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests.Policy;

/// <summary>
/// Runs a policy analyzer on sources compiled against .NET 8, ASP.NET Core and the runtime, with a privacy.json and
/// PRIV900 turned on, and returns what the verifier does not show: the observations' properties and analyzer exceptions.
/// </summary>
internal static class PolicyAnalysis
{
    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyCollection<Exception> Exceptions, ImmutableDictionary<string, ImmutableArray<TextSpan>> Spans)
    {
        /// <summary>The PRIV900 observations, in source order.</summary>
        public List<Diagnostic> Observations => Diagnostics
            .Where(diagnostic => diagnostic.Id == FlowObservation.RuleId)
            .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ToList();

        /// <summary>The span marked <c>{|name:...|}</c> in the analyzed source.</summary>
        public TextSpan Span(string name) => Assert.Single(Spans[name]);
    }

    /// <param name="markup">The analyzed source, with <c>{|#n:...|}</c> spans; compile errors are allowed (half-typed code).</param>
    public static async Task<Result> AnalyzeAsync(DiagnosticAnalyzer analyzer, string policy, string models, string markup)
    {
        TestFileMarkupParser.GetSpans(markup, out var source, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
        var references = await CookieAnalyzerTests.AspNetCore.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var parseOptions = new CSharpParseOptions(TestReferences.LanguageVersion);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(ImmutableDictionary.Create<string, ReportDiagnostic>().Add(FlowObservation.RuleId, ReportDiagnostic.Info));
        var compilation = CSharpCompilation.Create(
            "Analyzed",
            new[] { CSharpSyntaxTree.ParseText(models, parseOptions, "Models.cs"), CSharpSyntaxTree.ParseText(source, parseOptions, "Test.cs") },
            references.Add(TestReferences.Runtime),
            options);
        var exceptions = new ConcurrentBag<Exception>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryFile("/project/privacy.json", policy))),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create(analyzer), analyzerOptions)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        return new Result(diagnostics, exceptions, spans);
    }

    /// <summary>Asserts one PRIV900 observation's location and properties.</summary>
    public static void AssertObservation(Diagnostic flow, TextSpan span, string kind, string sink, string? recipient, string approved, string data)
    {
        Assert.Equal(span, flow.Location.SourceSpan);
        Assert.Equal(kind, flow.Properties[FlowObservation.KindProperty]);
        Assert.Equal(sink, flow.Properties[FlowObservation.SinkProperty]);
        Assert.Equal(recipient, flow.Properties.GetValueOrDefault(FlowObservation.RecipientProperty));
        Assert.Null(flow.Properties.GetValueOrDefault(FlowObservation.HostProperty));
        Assert.Equal(approved, flow.Properties[FlowObservation.ApprovedProperty]);
        Assert.Equal(data, flow.Properties[FlowObservation.DataProperty]);
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
