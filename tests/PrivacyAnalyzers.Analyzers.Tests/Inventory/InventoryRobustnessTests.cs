using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Inventory;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests.Inventory;

/// <summary>The inventory rules run on code as it is being typed; they must not throw and still report what they can.</summary>
public class InventoryRobustnessTests
{
    private static readonly string[] BrokenSources =
    {
        // Half-typed members, parameters and records.
        """
        using PrivacyAnalyzers;
        public class Customer
        {
            public string Mobile { get; set
            public Missing Email;
            [PersonalInfo(DataCategory.Contact.
            public string? Address { get; set; }
            public void Send(string email, Unknown phone,
        """,
        """
        using PrivacyAnalyzers;
        public partial record Member([PersonalInfo] string Mobile, Missing Email, [property: PersonalInfo(42)] string Phone) : MissingBase;
        public record (string Email);
        public class Shipment(string address
        """,
        // Attributes on the wrong things, retention that does not bind, cycles and generics.
        """
        using PrivacyAnalyzers;
        [PersonalInfo(DataCategory.Contact.Email)] public enum E { Email }
        [RetainFor(Years = "one")] [PersonalInfo(DataCategory.Contact.Address)] public partial class Box<T> : Box<T> { public T? Address { get; set; } }
        [PersonalInfo(DataCategory.Name.All)] public interface IPerson { string? FullName { get; } }
        public delegate void Notify(string email);
        public class Outer { public class Inner { [PersonalInfo(DataCategory.Contact.PhoneNumber)] public string? Mobile { get; set; } } }
        public class C { public string this[string email] => email; public event System.Action<string>? EmailChanged; public static implicit operator string(C phone) => ""; }
        """,
        "",
        "}}}{{{ [[[ PersonalInfo( \" string Email",
        "public class _ { public string @email; public string email_; public string __; public string Ip1Address2 { get; } }",
    };

    [Fact]
    public async Task Inventory_analyzers_do_not_throw_on_broken_or_half_typed_code()
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
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new NoRetentionPeriodAnalyzer(), new LikelyPersonalInfoAnalyzer());

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        Assert.Contains(compilation.GetDiagnostics(), diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == RuleCatalog.NoRetentionPeriod.Id);
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == RuleCatalog.LikelyPersonalInfoNotAnnotated.Id);
    }
}
