using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Analyzers.Baseline;
using PrivacyAnalyzers.Analyzers.Inventory;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests.Baseline;

/// <summary>
/// The build honours privacy-baseline.json: findings recorded there are suppressed after inserted lines, a renamed
/// local and a method moved to another file; a new finding, a renamed personal member and a copy elsewhere are reported.
/// </summary>
public class BaselineSuppressorTests
{
    private const string Recorded = """
        using System;

        public class Customer
        {
            public string? Mobile { get; set; }
        }

        public class Registration
        {
            public void Register(string email)
            {
                var copy = email;
                Console.WriteLine(copy);
            }
        }
        """;

    [Fact]
    public async Task Recorded_findings_are_suppressed_and_survive_inserted_lines_renamed_locals_and_moved_methods()
    {
        var baseline = await BaselineOfAsync(Recorded);

        var edited = """
            using System;

            // A comment and a blank line inserted above everything.

            public class Customer
            {
                public string? Nickname { get; set; }

                public string? Mobile { get; set; }

                public string? Email { get; set; }
            }
            """;
        var moved = """
            using System;

            public class Registration
            {
                public void Register(string email)
                {
                    var renamed = email;
                    Console.WriteLine(renamed);
                }
            }
            """;

        var diagnostics = await AnalyzeAsync(new[] { edited, moved }, baseline);

        var reported = diagnostics.Where(diagnostic => !diagnostic.IsSuppressed).Select(Describe).ToList();
        var suppressed = diagnostics.Where(diagnostic => diagnostic.IsSuppressed).Select(Describe).ToList();
        Assert.Equal(new[] { "PRIV007 'Customer.Email'" }, reported);
        Assert.Equal(new[] { "PRIV007 'Customer.Mobile'", "PRIV007 'Registration.Register(email)'" }, suppressed.OrderBy(text => text, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_renamed_personal_member_is_a_new_finding()
    {
        var baseline = await BaselineOfAsync(Recorded);

        var diagnostics = await AnalyzeAsync(new[] { Recorded.Replace("Mobile", "PhoneNumber", StringComparison.Ordinal) }, baseline);

        Assert.Equal(new[] { "PRIV007 'Customer.PhoneNumber'" }, diagnostics.Where(diagnostic => !diagnostic.IsSuppressed).Select(Describe));
    }

    [Fact]
    public async Task The_same_code_in_another_type_is_a_new_finding()
    {
        const string overloads = """
            public class Registration
            {
                public void Register(string email) { }
            }
            """;
        var baseline = await BaselineOfAsync(overloads);

        // The containing member is part of the fingerprint: a copy of the method in another type is not baselined.
        var diagnostics = await AnalyzeAsync(new[] { overloads, overloads.Replace("class Registration", "partial class Registration2", StringComparison.Ordinal) }, baseline);

        Assert.Single(diagnostics, diagnostic => !diagnostic.IsSuppressed);
        Assert.Single(diagnostics, diagnostic => diagnostic.IsSuppressed);
    }

    [Fact]
    public async Task Without_a_baseline_or_with_a_broken_one_everything_is_reported()
    {
        var none = await AnalyzeAsync(new[] { Recorded }, baseline: null);
        var broken = await AnalyzeAsync(new[] { Recorded }, "{ \"findings\": [ { \"rule\": ");

        Assert.Equal(2, none.Count(diagnostic => !diagnostic.IsSuppressed));
        Assert.Equal(2, broken.Count(diagnostic => !diagnostic.IsSuppressed));
    }

    [Fact]
    public void Rules_that_are_errors_by_default_and_the_data_map_observation_are_not_suppressible()
    {
        var suppressed = new BaselineSuppressor().SupportedSuppressions.Select(descriptor => descriptor.SuppressedDiagnosticId).ToList();

        Assert.Contains("PRIV001", suppressed);
        Assert.Contains("PRIV007", suppressed);
        Assert.DoesNotContain("PRIV900", suppressed);
        Assert.DoesNotContain("PRIV103", suppressed);
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        return diagnostic.Id + " " + message.Substring(0, message.IndexOf(" looks", StringComparison.Ordinal));
    }

    /// <summary>The baseline file of <paramref name="source"/>'s findings, as <c>privacy baseline</c> writes it.</summary>
    private static async Task<string> BaselineOfAsync(string source)
    {
        var compilation = await CompileAsync(new[] { source });
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LikelyPersonalInfoAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var findings = diagnostics
            .Select(diagnostic => BaselineFingerprint.Of(diagnostic, compilation, CancellationToken.None))
            .GroupBy(entry => entry)
            .Select(group => new { rule = group.Key.Rule, member = group.Key.Member, message = group.Key.Message, count = group.Count() });
        return JsonSerializer.Serialize(new { version = 1, findings });
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string[] sources, string? baseline)
    {
        var compilation = await CompileAsync(sources);
        var files = baseline is null
            ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new InMemoryFile("/project/" + BaselineFingerprint.FileName, baseline));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(files), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LikelyPersonalInfoAnalyzer(), new BaselineSuppressor()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private static async Task<Compilation> CompileAsync(string[] sources)
    {
        var references = await TestReferences.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return CSharpCompilation.Create(
            "Baseline",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(TestReferences.LanguageVersion), path: "/project/File" + index + ".cs")),
            references.Add(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }
}
