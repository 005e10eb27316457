using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests;

/// <summary>Analyzers run on code as it is being typed; none may throw.</summary>
public class RobustnessTests
{
    private static readonly string[] BrokenSources =
    {
        // Attributes without arguments, with too many, or with arguments of the wrong type.
        """
        using PrivacyAnalyzers;
        public class A
        {
            [PersonalInfo] public string? B { get; set; }
            [PersonalInfo(42)] public string? C { get; set; }
            [PersonalInfo("user.contact.email", "extra")] public string? D { get; set; }
            [Mask] public int E;
            [Mask("x", "y")] public string? F;
            [Mask(1, 2, 3)] public string? G;
            [Anonymize] public int H;
            [Anonymize(AnonymizeStrategy.Generalize, BucketSize = "wide")] public int I;
            [RetainFor(Years = "three", From = 5)] public string? J;
            [ThirdParty] public void K() { }
        }
        """,
        // Half-typed declarations.
        """
        using PrivacyAnalyzers;
        public class
        {
            [PersonalInfo(DataCategory.Contact.
            public string Mobile { get; set
        """,
        """
        using PrivacyAnalyzers;
        [RetainFor(Days = 1, From = nameof(
        public partial class Order : MissingBase
        {
            public Missing When { get; set; }
            [Mask(MaskStyle.Email)] public Missing<int> Who;
            [Anonymize(AnonymizeStrategy.Pseudonymize)] public List<Unknown> Many { get; set; }
        }
        """,
        // Unknown types everywhere, error attribute classes, cycles and generics.
        """
        using System.Collections.Generic;
        using PrivacyAnalyzers;
        [NotAnAttribute] public class A<T> : A<T> { public List<T>? Items { get; set; } [PersonalInfo("user.name")] public T? Value { get; set; } }
        public struct S { public S Self; [PersonalInfo(DataCategory.Name.All)] public string? Name; }
        public record R([property: PersonalInfo(null!)] string X, [Mask(-1, -1)] Unknown Y) : Missing;
        public interface I { [PersonalInfo("")] string P { get; } }
        public class Outer { public partial class Inner { [PersonalInfo(DataCategory.Contact.Email)] public string? E; } }
        """,
        // Attributes at odd places and assembly-level definitions that do not bind.
        """
        using PrivacyAnalyzers;
        [assembly: DataCategoryDefinition()]
        [assembly: DataCategoryDefinition(null)]
        [assembly: DataCategoryDefinition("user.loyalty")]
        public enum E { [PersonalInfo("user.name")] A }
        public delegate void D([PersonalInfo("bad")] string s);
        public class C
        {
            [return: PersonalInfo("user.contact.emial")] public string M([Mask(MaskStyle.None)] int x) => "";
            [RetainFor(Years = 1)] public int this[int i] => i;
            public event System.Action? Changed;
            [PersonalInfo(DataCategory.Contact.Email)] public static string Static = "";
        }
        """,
        // An empty file and a file of nothing but garbage.
        "",
        "}}}{{{ [[[ PersonalInfo( \"",
    };

    [Fact]
    public async Task Analyzers_do_not_throw_on_broken_or_half_typed_code()
    {
        var references = await TestReferences.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var parseOptions = new CSharpParseOptions(TestReferences.LanguageVersion);
        var compilation = CSharpCompilation.Create(
            "Broken",
            BrokenSources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Broken{index}.cs")),
            references.Add(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var analyzers = RuleCatalogTests.Analyzers().ToImmutableArray();

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        // The batch is broken enough to make the compiler complain, and still rich enough for rules to fire.
        Assert.Contains(compilation.GetDiagnostics(), diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id.StartsWith("PRIV", StringComparison.Ordinal));
    }
}
