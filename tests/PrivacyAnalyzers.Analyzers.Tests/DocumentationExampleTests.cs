using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Analyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Analyzers.Tests;

/// <summary>
/// The examples on each usage rule's page compile against the runtime alone, and the rule flags the non-compliant one
/// and not the compliant one.
/// </summary>
public class DocumentationExampleTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in RuleCatalogTests.Descriptors().Where(d => d.Category == RuleCatalog.UsageCategory))
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public async Task Non_compliant_example_is_reported(string id)
    {
        var diagnostics = await AnalyzeExampleAsync(id, "Non-compliant");

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == id);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public async Task Compliant_example_is_not_reported(string id)
    {
        var diagnostics = await AnalyzeExampleAsync(id, "Compliant");

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == id);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeExampleAsync(string id, string section)
    {
        var page = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "docs", "rules", id + ".md"));
        var match = Regex.Match(page, "^## " + Regex.Escape(section) + "\\s*```csharp\\r?\\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline);
        Assert.True(match.Success, $"{id}.md has no C# example under '## {section}'");

        var references = await TestReferences.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            id + section,
            new[] { CSharpSyntaxTree.ParseText(match.Groups["code"].Value, new CSharpParseOptions(TestReferences.LanguageVersion)) },
            references.Add(TestReferences.Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Empty(errors);

        return await compilation
            .WithAnalyzers(RuleCatalogTests.Analyzers().ToImmutableArray())
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }
}
